/*
 * The form of the selected step, one per settings shape the vocabulary names for a kind (send, duration,
 * timeOfDay, event, condition, exit). A field edit only touches the step (its summary and title follow);
 * a change that adds or removes fields re-renders the flow.
 */
import { el } from '../dom.js';
import { choiceOf, duration, variantFigures } from './summaries.js';

export function createStepForms(editor) {
    var t = editor.t;
    var data = editor.data;
    var vocabulary = editor.vocabulary;

    function group(label, control) {
        return el('div', { className: 'form-group ce-field' }, [el('label', { className: 'ce-label', text: label }), control]);
    }

    function input(type, value, onchange, attrs) {
        var a = Object.assign({ type: type, className: type === 'checkbox' ? '' : 'form-control form-control-sm', value: value === undefined || value === null ? '' : value }, attrs || {});
        if (type === 'checkbox') { a.checked = !!value; delete a.value; }
        a.oninput = a.onchange = function (e) { onchange(type === 'checkbox' ? e.target.checked : type === 'number' ? Number(e.target.value) : e.target.value); };
        return el('input', a);
    }

    function select(options, value, onchange, attrs) {
        var s = el('select', Object.assign({ className: 'form-control form-control-sm', onchange: function (e) { onchange(e.target.value); } }, attrs || {}));
        options.forEach(function (o) { s.appendChild(el('option', { value: o[0], text: o[1], selected: String(o[0]) === String(value) })); });
        return s;
    }

    function templateSelect(value, onchange, attrs) {
        return select([[0, t('ChooseTemplate')]].concat(data.Templates.map(function (x) { return [x.Id, x.Name]; })), value || 0,
            function (v) { onchange(Number(v)); }, attrs);
    }

    function durationInput(minutes, onchange, cls) {
        var d = duration(minutes || 0, t);
        var amount = input('number', d.amount, function (v) { onchange(v * Number(unit.value)); }, { min: 0, className: 'form-control form-control-sm ' + cls + '-amount' });
        var unit = select([[1, t('Minutes')], [60, t('Hours')], [1440, t('Days')]], d.unit, function (v) { onchange(Number(amount.value) * Number(v)); }, { className: 'form-control form-control-sm ' + cls + '-unit' });
        return el('div', { className: 'ce-inline' }, [amount, unit]);
    }

    function weekdays(values, onchange, cls) {
        values = values || [];
        return el('div', { className: 'ce-weekdays ' + cls }, vocabulary.Weekdays.map(function (day) {
            return el('label', { className: 'ce-weekday' }, [input('checkbox', values.indexOf(day) >= 0, function (on) {
                var next = vocabulary.Weekdays.filter(function (d) { return d === day ? on : values.indexOf(d) >= 0; });
                values = next;
                onchange(next);
            }, { 'data-day': day }), ' ' + day.substring(0, 2)]);
        }));
    }

    function caption(node) { return editor.graph.kindOf(node.kind).Caption; }

    function choices(list) { return list.Values.map(function (v) { return [v.Name, v.Label]; }); }

    function sendSteps() {
        return editor.graph.allNodes().filter(function (n) { return editor.graph.kindOf(n.kind).Form === 'send'; }).map(function (n) { return [n.key, n.name || n.key]; });
    }

    function stepKeySelect(node, s) {
        return group(t('OfStep'), select([['', t('AnyEmail')]].concat(sendSteps()), s.stepKey || '', function (v) { s.stepKey = v || null; editor.touched(node); }, { className: 'form-control form-control-sm ce-step-key' }));
    }

    var forms = {
        send: function (node, s, b) { sendForm(node, s, b); },
        duration: function (node, s, b) {
            b.appendChild(group(caption(node), durationInput(s.minutes, function (m) { s.minutes = m; editor.touched(node); }, 'ce-wait')));
        },
        timeOfDay: function (node, s, b) {
            b.appendChild(group(caption(node), el('div', { className: 'ce-inline' }, [
                input('number', s.hour || 0, function (v) { s.hour = v; editor.touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-hour' }),
                input('number', s.minute || 0, function (v) { s.minute = v; editor.touched(node); }, { min: 0, max: 59, className: 'form-control form-control-sm ce-minute' })
            ])));
            b.appendChild(group(t('Weekdays'), weekdays(s.weekdays, function (days) { s.weekdays = days; editor.touched(node); }, 'ce-until-days')));
        },
        event: function (node, s, b) {
            b.appendChild(group(vocabulary.Events.Label, select(choices(vocabulary.Events), s.event, function (v) { s.event = v; editor.touched(node); }, { className: 'form-control form-control-sm ce-event' })));
            b.appendChild(stepKeySelect(node, s));
            b.appendChild(group(t('Timeout'), durationInput(s.timeoutMinutes, function (m) { s.timeoutMinutes = m; editor.touched(node); }, 'ce-timeout')));
        },
        condition: function (node, s, b) { conditionForm(node, s, b); },
        exit: function (node, s, b) {
            b.appendChild(group(t('ExitReason'), input('text', s.reason, function (v) { s.reason = v; editor.touched(node); }, { className: 'form-control form-control-sm ce-reason' })));
        }
    };

    function variants(node, s, b) {
        var row = el('div', { className: 'ce-variants' });
        s.variants.forEach(function (v, i) {
            var f = ((data.VariantFigures || {})[node.key] || {})[v.key];
            row.appendChild(el('div', { className: 'ce-variant', 'data-variant': v.key }, [
                el('div', { className: 'ce-variant-head' }, [el('b', { text: t('Variant') + ' ' + v.key }),
                    el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove-variant', onclick: function () {
                        s.variants.splice(i, 1);
                        if (s.variants.length === 1) { s.templateId = s.variants[0].templateId; delete s.variants; delete s.abTest; }
                        editor.changed();
                    } }, [el('i', { className: 'fas fa-times' })])]),
                templateSelect(v.templateId, function (id) { v.templateId = id; if (i === 0) s.templateId = id; editor.touched(node); }, { className: 'form-control form-control-sm ce-variant-template-select' }),
                el('div', { className: 'ce-inline' }, [el('span', { text: t('Weight') }),
                    input('number', v.weight, function (w) { v.weight = w; editor.touched(node); }, { min: 0, className: 'form-control form-control-sm ce-variant-weight' })]),
                f ? el('div', { className: 'ce-variant-figures', text: variantFigures(f, t) }) : null
            ]));
        });
        b.appendChild(group(t('AbSplit'), row));
        b.appendChild(el('button', { type: 'button', className: 'btn btn-xs btn-default ce-add-variant', onclick: function () {
            var used = s.variants.map(function (v) { return v.key; });
            var key = 'ABCDEFGHIJ'.split('').filter(function (k) { return used.indexOf(k) < 0; })[0];
            s.variants.push({ key: key, templateId: 0, weight: 50 });
            editor.changed();
        } }, [el('i', { className: 'fas fa-plus' }), ' ' + t('AddVariant')]));
    }

    function sendWindow(node, s, b) {
        var range = s.window;
        var row = el('div', { className: 'ce-inline ce-window' }, [
            input('checkbox', !!range, function (on) { s.window = on ? { startHour: 9, endHour: 20 } : null; editor.changed(); }, { className: 'ce-window-on' }),
            el('span', { text: ' ' + t('SendWindow') + ' ' })
        ]);
        if (range) {
            row.appendChild(input('number', range.startHour, function (v) { range.startHour = v; editor.touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-window-start' }));
            row.appendChild(el('span', { text: ' ' + t('And') + ' ' }));
            row.appendChild(input('number', range.endHour, function (v) { range.endHour = v; editor.touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-window-end' }));
        }
        b.appendChild(row);
        if (range)
            b.appendChild(group(t('Weekdays'), weekdays(range.weekdays, function (days) { range.weekdays = days; editor.touched(node); }, 'ce-window-days')));
    }

    function liveCheck(node, s, check) {
        return el('label', { className: 'ce-check' }, [input('checkbox', (s.liveChecks || []).indexOf(check.Name) >= 0, function (on) {
            var current = (s.liveChecks || []).filter(function (c) { return c !== check.Name; });
            if (on) current.push(check.Name);
            s.liveChecks = current;
            editor.touched(node);
        }, { className: 'ce-live-check', 'data-check': check.Name }), ' ' + check.Label]);
    }

    function sendForm(node, s, b) {
        if (s.variants && s.variants.length) {
            variants(node, s, b);
        } else {
            b.appendChild(group(t('Template'), templateSelect(s.templateId, function (id) { s.templateId = id; editor.touched(node); }, { className: 'form-control form-control-sm ce-template' })));
            b.appendChild(el('button', { type: 'button', className: 'btn btn-xs btn-default ce-ab-split', onclick: function () {
                s.variants = [{ key: 'A', templateId: s.templateId || 0, weight: 50 }, { key: 'B', templateId: 0, weight: 50 }];
                editor.changed();
            } }, [el('i', { className: 'fas fa-random' }), ' ' + t('AbSplit')]));
        }
        sendWindow(node, s, b);
        vocabulary.LiveChecks.forEach(function (check) { b.appendChild(liveCheck(node, s, check)); });
        b.appendChild(el('label', { className: 'ce-check' }, [input('checkbox', s.couponSlot, function (on) { s.couponSlot = on; editor.touched(node); }, { className: 'ce-coupon' }), ' ' + t('Coupon')]));
    }

    // The fields a condition reads come with it in the vocabulary.
    var conditionFields = {
        stepKey: function (node, s) { return stepKeySelect(node, s); },
        amount: function (node, s) {
            return group(t('Amount'), input('number', s.amount || 0, function (v) { s.amount = v; editor.touched(node); }, { min: 0, step: '0.01', className: 'form-control form-control-sm ce-amount' }));
        },
        segmentId: function (node, s) {
            return group(t('Segment'), select([[0, '—']].concat(data.Segments.map(function (x) { return [x.Id, x.Name]; })), s.segmentId || 0, function (v) { s.segmentId = Number(v); editor.touched(node); }, { className: 'form-control form-control-sm ce-segment' }));
        },
        productId: function (node, s) {
            return group(t('ProductId'), input('number', s.productId || 0, function (v) { s.productId = v; editor.touched(node); }, { min: 0, className: 'form-control form-control-sm ce-product' }));
        }
    };

    function conditionForm(node, s, b) {
        b.appendChild(group(vocabulary.Conditions.Label, select(choices(vocabulary.Conditions), s.condition, function (v) {
            s.condition = v;
            editor.changed();
        }, { className: 'form-control form-control-sm ce-condition' })));
        choiceOf(vocabulary.Conditions, s.condition).Fields.forEach(function (field) {
            if (conditionFields[field]) b.appendChild(conditionFields[field](node, s));
        });
    }

    return function stepForm(node) {
        var b = el('div', { className: 'ce-node-body' });
        b.appendChild(group(t('Name'), input('text', node.name, function (v) { node.name = v; editor.touched(node); }, { className: 'form-control form-control-sm ce-name' })));
        var form = forms[editor.graph.kindOf(node.kind).Form];
        if (form) form(node, node.settings, b);
        return b;
    };
}
