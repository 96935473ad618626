/*
 * Trigger mail chain editor: a vertical flow of steps (as in Klaviyo's flow builder) over the engine's step graph.
 * The graph (steps with outcome → step key) is shown as a tree: each step's "next" is the step below it; a
 * condition or a wait-for-event splits into two paths drawn side by side; a path that rejoins or loops is shown
 * as a "go to" node. Saving posts the graph as JSON; the server validates it with the engine and either saves a
 * version or returns the errors by step, which are shown on the steps while the unsaved graph stays in the editor.
 */
(function () {
    'use strict';

    var root = document.getElementById('chain-editor');
    if (!root) return;

    var data = JSON.parse(document.getElementById('chain-editor-data').textContent);
    var texts = JSON.parse(document.getElementById('chain-editor-texts').textContent);
    var t = function (key) { return texts[key] || key; };

    var KINDS = {
        SendEmail: { prefix: 'email', icon: 'far fa-envelope', label: 'AddEmail', outcomes: ['next'] },
        WaitDuration: { prefix: 'wait', icon: 'far fa-clock', label: 'AddWait', outcomes: ['next'] },
        WaitUntilTime: { prefix: 'wait-until', icon: 'far fa-calendar-alt', label: 'AddWaitUntil', outcomes: ['next'] },
        WaitForEvent: { prefix: 'wait-for', icon: 'fas fa-hourglass-half', label: 'AddWaitForEvent', outcomes: ['happened', 'timeout'], branching: true },
        Condition: { prefix: 'condition', icon: 'fas fa-code-branch', label: 'AddCondition', outcomes: ['true', 'false'], branching: true },
        Exit: { prefix: 'exit', icon: 'fas fa-sign-out-alt', label: 'AddExit', outcomes: [] }
    };
    var PATH_LABELS = { 'true': 'Yes', 'false': 'No', happened: 'Happened', timeout: 'TimedOut' };
    var WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    var EVENTS = ['Opened', 'Clicked', 'OpenedOrClicked', 'Ordered'];
    var CONDITIONS = ['OpenedPrevious', 'ClickedPrevious', 'OrderedSinceEnrollment', 'OrderTotalAtLeast', 'InSegment', 'CartNotEmpty', 'ProductInStock'];

    var state = {
        main: [],
        detached: [],
        selected: null,
        errors: {},
        globalErrors: [],
        dirty: !!data.Dirty,
        status: '',
        statusKind: 'info',
        version: data.CurrentVersion
    };

    // ---- graph → tree ----------------------------------------------------------------------------------------

    function parseSettings(step) {
        try { return step.SettingsJson ? JSON.parse(step.SettingsJson) : {}; } catch (e) { return {}; }
    }

    function build(steps) {
        var byKey = {};
        steps.forEach(function (s) { byKey[s.Key] = s; });
        var visited = {};

        function walk(key) {
            var list = [];
            while (key) {
                if (visited[key] || !byKey[key]) { list.push({ kind: 'Goto', target: key }); break; }
                visited[key] = true;
                var step = byKey[key];
                var kind = KINDS[step.Kind] ? step.Kind : 'Exit';
                var node = { key: step.Key, kind: kind, name: step.Name && step.Name !== step.Key ? step.Name : '', settings: parseSettings(step) };
                list.push(node);
                var outcomes = step.Outcomes || {};
                if (KINDS[kind].branching) {
                    node.paths = {};
                    KINDS[kind].outcomes.forEach(function (o) { node.paths[o] = walk(outcomes[o]); });
                    break;
                }
                if (kind === 'Exit') break;
                key = outcomes.next;
            }
            return list;
        }

        state.main = steps.length ? walk(steps[0].Key) : [];
        state.detached = [];
        steps.forEach(function (s) { if (!visited[s.Key]) state.detached.push(walk(s.Key)); });
    }

    // ---- tree → graph ----------------------------------------------------------------------------------------

    function clean(value) {
        if (Array.isArray(value)) return value.length ? value.map(clean) : undefined;
        if (value && typeof value === 'object') {
            var out = {};
            Object.keys(value).forEach(function (k) {
                var v = clean(value[k]);
                if (v !== undefined && v !== null && v !== '') out[k] = v;
            });
            return out;
        }
        return value;
    }

    function firstKey(list) {
        if (!list || !list.length) return '';
        return list[0].kind === 'Goto' ? list[0].target : list[0].key;
    }

    function toGraph() {
        var steps = [];
        function emit(list) {
            list.forEach(function (node, i) {
                if (node.kind === 'Goto') return;
                var step = { Key: node.key, Kind: node.kind, Name: node.name || node.key, SettingsJson: JSON.stringify(clean(node.settings) || {}), Outcomes: {} };
                steps.push(step);
                if (KINDS[node.kind].branching) {
                    KINDS[node.kind].outcomes.forEach(function (o) {
                        var target = firstKey(node.paths[o]);
                        if (target) step.Outcomes[o] = target;
                        emit(node.paths[o]);
                    });
                } else if (node.kind !== 'Exit' && i + 1 < list.length) {
                    step.Outcomes.next = firstKey(list.slice(i + 1));
                }
            });
        }
        emit(state.main);
        state.detached.forEach(emit);
        return { ScenarioId: data.ScenarioId, Steps: steps };
    }

    // ---- tree helpers ----------------------------------------------------------------------------------------

    function allNodes() {
        var nodes = [];
        function visit(list) {
            list.forEach(function (n) {
                if (n.kind === 'Goto') return;
                nodes.push(n);
                if (n.paths) Object.keys(n.paths).forEach(function (o) { visit(n.paths[o]); });
            });
        }
        visit(state.main);
        state.detached.forEach(visit);
        return nodes;
    }

    function findNode(key) { return allNodes().filter(function (n) { return n.key === key; })[0]; }

    function lists() {
        var map = { main: state.main };
        state.detached.forEach(function (l, i) { map['detached-' + i] = l; });
        allNodes().forEach(function (n) {
            if (n.paths) Object.keys(n.paths).forEach(function (o) { map[n.key + '.' + o] = n.paths[o]; });
        });
        return map;
    }

    function newKey(kind) {
        var used = {};
        allNodes().forEach(function (n) { used[n.key] = true; });
        for (var i = 1; ; i++) {
            var key = KINDS[kind].prefix + '-' + i;
            if (!used[key]) return key;
        }
    }

    function defaults(kind) {
        switch (kind) {
            case 'SendEmail': return { templateId: 0 };
            case 'WaitDuration': return { minutes: 1440 };
            case 'WaitUntilTime': return { hour: 9, minute: 0 };
            case 'WaitForEvent': return { event: 'Opened', timeoutMinutes: 3 * 1440, pollMinutes: 60 };
            case 'Condition': return { condition: 'OpenedPrevious' };
            default: return {};
        }
    }

    function isTerminal(node) { return node.kind === 'Goto' || node.kind === 'Exit' || !!KINDS[node.kind].branching; }

    function add(listId, index, kind) {
        var list = lists()[listId];
        var node;
        if (kind === 'Goto') {
            var keys = allNodes().map(function (n) { return n.key; });
            node = { kind: 'Goto', target: keys[0] || '' };
        } else {
            node = { key: newKey(kind), kind: kind, name: '', settings: defaults(kind) };
        }
        var rest = list.splice(index);
        list.push(node);
        if (node.paths === undefined && KINDS[kind] && KINDS[kind].branching) {
            node.paths = {};
            KINDS[kind].outcomes.forEach(function (o, i) { node.paths[o] = i === 0 ? rest : []; });
        } else {
            rest.forEach(function (n) { list.push(n); });
        }
        state.selected = node.key || null;
        changed();
    }

    function locate(key) {
        var map = lists();
        for (var id in map) {
            var i = map[id].findIndex(function (n) { return n.key === key; });
            if (i >= 0) return { list: map[id], index: i };
        }
        return null;
    }

    function move(key, delta) {
        var at = locate(key);
        if (!at) return;
        var other = at.index + delta;
        if (other < 0 || other >= at.list.length || isTerminal(at.list[at.index]) || isTerminal(at.list[other])) return;
        var node = at.list[at.index];
        at.list[at.index] = at.list[other];
        at.list[other] = node;
        changed();
    }

    function removeNode(list, index) {
        var node = list[index];
        var keep = node.paths ? node.paths[KINDS[node.kind].outcomes[0]] : [];
        Array.prototype.splice.apply(list, [index, 1].concat(keep));
        if (state.selected === node.key) state.selected = null;
        changed();
    }

    function changed() {
        state.dirty = true;
        state.status = '';
        render();
    }

    // ---- summaries -------------------------------------------------------------------------------------------

    function templateName(id) {
        var tpl = data.Templates.filter(function (x) { return x.Id === Number(id); })[0];
        return tpl ? tpl.Name : '';
    }

    function duration(minutes) {
        minutes = Number(minutes) || 0;
        var unit = minutes && minutes % 1440 === 0 ? 1440 : minutes && minutes % 60 === 0 ? 60 : 1;
        var amount = minutes / unit;
        var names = { 1: ['Minute', 'Minutes'], 60: ['Hour', 'Hours'], 1440: ['Day', 'Days'] }[unit];
        return { amount: amount, unit: unit, text: amount + ' ' + t(names[amount === 1 ? 0 : 1]) };
    }

    function pad(n) { return (n < 10 ? '0' : '') + n; }

    function summary(node) {
        var s = node.settings || {};
        switch (node.kind) {
            case 'SendEmail':
                var text = s.variants && s.variants.length
                    ? t('AbSplit') + ': ' + s.variants.map(function (v) { return v.key + ' ' + (v.weight || 0) + ' (' + (templateName(v.templateId) || '—') + ')'; }).join(' · ')
                    : (templateName(s.templateId) || t('ChooseTemplate'));
                if (s.window) text += ' · ' + pad(s.window.startHour || 0) + ':00–' + pad(s.window.endHour || 0) + ':00';
                return text;
            case 'WaitDuration': return t('WaitFor') + ' ' + duration(s.minutes).text;
            case 'WaitUntilTime':
                return t('WaitUntilTime') + ' ' + pad(s.hour || 0) + ':' + pad(s.minute || 0)
                    + (s.weekdays && s.weekdays.length ? ' · ' + s.weekdays.map(function (d) { return d.substring(0, 3); }).join(', ') : '');
            case 'WaitForEvent': return t('Event' + s.event) + ' · ' + t('Timeout') + ' ' + duration(s.timeoutMinutes).text;
            case 'Condition':
                var c = t('Cond' + s.condition);
                if (s.condition === 'OrderTotalAtLeast') c += ' ' + (s.amount || 0);
                if (s.condition === 'InSegment') c += ' ' + ((data.Segments.filter(function (x) { return x.Id === Number(s.segmentId); })[0] || {}).Name || '');
                if (s.stepKey) c += ' (' + s.stepKey + ')';
                return c + '?';
            case 'Exit': return s.reason || '';
        }
        return '';
    }

    // ---- rendering -------------------------------------------------------------------------------------------

    function el(tag, attrs, children) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            if (k === 'text') e.textContent = attrs[k];
            else if (k === 'className') e.className = attrs[k];
            else if (k.indexOf('on') === 0) e.addEventListener(k.substring(2), attrs[k]);
            else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
        });
        (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
        return e;
    }

    function line() { return el('div', { className: 'ce-line' }); }

    function addButton(listId, index, atEnd) {
        var wrap = el('div', { className: 'ce-add-wrap' });
        var menu = el('div', { className: 'ce-add-menu', hidden: true });
        var kinds = ['SendEmail', 'WaitDuration', 'WaitUntilTime', 'WaitForEvent', 'Condition'];
        if (atEnd) kinds.push('Exit');
        kinds.forEach(function (kind) {
            menu.appendChild(el('button', {
                type: 'button', className: 'btn btn-sm btn-light ce-add-kind', 'data-kind': kind,
                onclick: function () { add(listId, index, kind); }
            }, [el('i', { className: KINDS[kind].icon }), ' ' + t(KINDS[kind].label)]));
        });
        if (atEnd && allNodes().length)
            menu.appendChild(el('button', { type: 'button', className: 'btn btn-sm btn-light ce-add-kind', 'data-kind': 'Goto', onclick: function () { add(listId, index, 'Goto'); } },
                [el('i', { className: 'fas fa-level-up-alt' }), ' ' + t('AddGoto')]));
        wrap.appendChild(el('button', {
            type: 'button', className: 'ce-add', title: t('Add'), 'data-list': listId, 'data-index': index,
            onclick: function () {
                document.querySelectorAll('.ce-add-menu').forEach(function (m) { if (m !== menu) m.hidden = true; });
                menu.hidden = !menu.hidden;
            }
        }, [el('i', { className: 'fas fa-plus' })]));
        wrap.appendChild(menu);
        return wrap;
    }

    function stats(node) {
        var f = (data.Figures || {})[node.key];
        if (!f) return null;
        var items = node.kind === 'SendEmail'
            ? [['Entered', f.Entered], ['Sent', f.Sent], ['Opened', f.Opened], ['Clicked', f.Clicked], ['Ordered', f.Ordered]]
            : [['Entered', f.Entered]];
        return el('div', { className: 'ce-stats' }, items.map(function (x) {
            return el('span', { className: 'ce-stat ce-stat-' + x[0].toLowerCase() }, [el('b', { text: String(x[1]) }), ' ' + t(x[0])]);
        }));
    }

    function renderList(listId, list, container) {
        var column = el('div', { className: 'ce-list', 'data-list': listId });
        column.appendChild(addButton(listId, 0, list.length === 0));
        list.forEach(function (node, i) {
            column.appendChild(line());
            column.appendChild(node.kind === 'Goto' ? renderGoto(list, i) : renderNode(node, list, i));
            if (node.paths) {
                column.appendChild(line());
                var branches = el('div', { className: 'ce-branches' });
                KINDS[node.kind].outcomes.forEach(function (o) {
                    var branch = el('div', { className: 'ce-branch ce-branch-' + o, 'data-outcome': o });
                    branch.appendChild(el('span', { className: 'ce-branch-label ce-branch-label-' + o, text: t(PATH_LABELS[o]) }));
                    branch.appendChild(line());
                    renderList(node.key + '.' + o, node.paths[o], branch);
                    branches.appendChild(branch);
                });
                column.appendChild(branches);
            } else if (node.kind !== 'Exit' && node.kind !== 'Goto') {
                column.appendChild(line());
                column.appendChild(addButton(listId, i + 1, i + 1 === list.length));
            }
        });
        var last = list[list.length - 1];
        if (!last || (!last.paths && last.kind !== 'Goto')) {
            column.appendChild(line());
            column.appendChild(el('div', { className: 'ce-end', text: t('End') }));
        }
        container.appendChild(column);
    }

    function renderGoto(list, index) {
        var node = list[index];
        var select = el('select', {
            className: 'form-control form-control-sm ce-goto-target', onchange: function (e) { node.target = e.target.value; state.dirty = true; renderToolbar(); }
        });
        allNodes().forEach(function (n) {
            select.appendChild(el('option', { value: n.key, text: n.name || n.key, selected: n.key === node.target }));
        });
        var errors = state.errors['goto:' + node.target];
        return el('div', { className: 'ce-goto' }, [
            el('i', { className: 'fas fa-level-up-alt' }), ' ' + t('GotoTarget') + ' ', select,
            el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove', title: t('Remove'), onclick: function () { removeNode(list, index); } }, [el('i', { className: 'fas fa-times' })]),
            errors ? el('div', { className: 'ce-node-errors', text: errors.join('; ') }) : null
        ]);
    }

    function renderNode(node, list, index) {
        var errors = state.errors[node.key] || [];
        var selected = state.selected === node.key;
        var card = el('div', {
            className: 'ce-node ce-kind-' + node.kind.toLowerCase() + (selected ? ' ce-selected' : '') + (errors.length ? ' ce-has-error' : ''),
            'data-key': node.key, 'data-kind': node.kind
        });
        var canUp = index > 0 && !isTerminal(node) && !isTerminal(list[index - 1]);
        var canDown = index + 1 < list.length && !isTerminal(node) && !isTerminal(list[index + 1]);
        var head = el('div', {
            className: 'ce-node-head', onclick: function (e) {
                if (e.target.closest('button')) return;
                state.selected = selected ? null : node.key;
                render();
            }
        }, [
            el('i', { className: 'ce-icon ' + KINDS[node.kind].icon }),
            el('span', { className: 'ce-node-title', text: node.name || t(KINDS[node.kind].label) }),
            el('span', { className: 'ce-node-key', text: node.key }),
            el('span', { className: 'ce-node-tools' }, [
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-move-up', title: t('MoveUp'), disabled: !canUp, onclick: function () { move(node.key, -1); } }, [el('i', { className: 'fas fa-arrow-up' })]),
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-move-down', title: t('MoveDown'), disabled: !canDown, onclick: function () { move(node.key, 1); } }, [el('i', { className: 'fas fa-arrow-down' })]),
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove', title: t('Remove'), onclick: function () { removeNode(list, index); } }, [el('i', { className: 'far fa-trash-alt' })])
            ])
        ]);
        card.appendChild(head);
        card.appendChild(el('div', { className: 'ce-node-summary', text: summary(node) }));
        var figures = stats(node);
        if (figures) card.appendChild(figures);
        if (node.kind === 'SendEmail' && node.settings.variants && node.settings.variants.length && !selected)
            card.appendChild(variantStrip(node));
        if (errors.length)
            card.appendChild(el('ul', { className: 'ce-node-errors' }, errors.map(function (m) { return el('li', { text: m }); })));
        if (selected)
            card.appendChild(body(node));
        return card;
    }

    function variantStrip(node) {
        var figures = (data.VariantFigures || {})[node.key] || {};
        var total = node.settings.variants.reduce(function (sum, v) { return sum + (Number(v.weight) || 0); }, 0) || 1;
        return el('div', { className: 'ce-variants-strip' }, node.settings.variants.map(function (v) {
            var f = figures[v.key];
            return el('div', { className: 'ce-variant-chip', 'data-variant': v.key }, [
                el('div', {}, [el('b', { text: v.key }), ' ' + Math.round(100 * (Number(v.weight) || 0) / total) + '%']),
                el('div', { className: 'ce-variant-template', text: templateName(v.templateId) || '—' }),
                f ? el('div', { className: 'ce-variant-figures', text: f.Sent + ' ' + t('Sent') + ' · ' + f.Opened + ' ' + t('Opened') + ' · ' + f.Clicked + ' ' + t('Clicked') + ' · ' + f.Ordered + ' ' + t('Ordered') }) : null
            ]);
        }));
    }

    // ---- step forms ------------------------------------------------------------------------------------------

    function touched(node) {
        state.dirty = true;
        state.status = '';
        var card = root.querySelector('.ce-node[data-key="' + node.key + '"] > .ce-node-summary');
        if (card) card.textContent = summary(node);
        var title = root.querySelector('.ce-node[data-key="' + node.key + '"] .ce-node-title');
        if (title) title.textContent = node.name || t(KINDS[node.kind].label);
        renderToolbar();
    }

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
        var d = duration(minutes || 0);
        var amount = input('number', d.amount, function (v) { onchange(v * Number(unit.value)); }, { min: 0, className: 'form-control form-control-sm ' + cls + '-amount' });
        var unit = select([[1, t('Minutes')], [60, t('Hours')], [1440, t('Days')]], d.unit, function (v) { onchange(Number(amount.value) * Number(v)); }, { className: 'form-control form-control-sm ' + cls + '-unit' });
        return el('div', { className: 'ce-inline' }, [amount, unit]);
    }

    function weekdays(values, onchange, cls) {
        values = values || [];
        return el('div', { className: 'ce-weekdays ' + cls }, WEEKDAYS.map(function (day) {
            return el('label', { className: 'ce-weekday' }, [input('checkbox', values.indexOf(day) >= 0, function (on) {
                var next = WEEKDAYS.filter(function (d) { return d === day ? on : values.indexOf(d) >= 0; });
                values = next;
                onchange(next);
            }, { 'data-day': day }), ' ' + day.substring(0, 2)]);
        }));
    }

    function sendSteps() {
        return allNodes().filter(function (n) { return n.kind === 'SendEmail'; }).map(function (n) { return [n.key, n.name || n.key]; });
    }

    function body(node) {
        var s = node.settings;
        var b = el('div', { className: 'ce-node-body' });
        b.appendChild(group(t('Name'), input('text', node.name, function (v) { node.name = v; touched(node); }, { className: 'form-control form-control-sm ce-name' })));
        switch (node.kind) {
            case 'SendEmail': sendBody(node, s, b); break;
            case 'WaitDuration':
                b.appendChild(group(t('WaitFor'), durationInput(s.minutes, function (m) { s.minutes = m; touched(node); }, 'ce-wait')));
                break;
            case 'WaitUntilTime':
                b.appendChild(group(t('WaitUntilTime'), el('div', { className: 'ce-inline' }, [
                    input('number', s.hour || 0, function (v) { s.hour = v; touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-hour' }),
                    input('number', s.minute || 0, function (v) { s.minute = v; touched(node); }, { min: 0, max: 59, className: 'form-control form-control-sm ce-minute' })
                ])));
                b.appendChild(group(t('Weekdays'), weekdays(s.weekdays, function (days) { s.weekdays = days; touched(node); }, 'ce-until-days')));
                break;
            case 'WaitForEvent':
                b.appendChild(group(t('Event'), select(EVENTS.map(function (e) { return [e, t('Event' + e)]; }), s.event, function (v) { s.event = v; touched(node); }, { className: 'form-control form-control-sm ce-event' })));
                b.appendChild(group(t('OfStep'), select([['', t('AnyEmail')]].concat(sendSteps()), s.stepKey || '', function (v) { s.stepKey = v || null; touched(node); }, { className: 'form-control form-control-sm ce-step-key' })));
                b.appendChild(group(t('Timeout'), durationInput(s.timeoutMinutes, function (m) { s.timeoutMinutes = m; touched(node); }, 'ce-timeout')));
                break;
            case 'Condition': conditionBody(node, s, b); break;
            case 'Exit':
                b.appendChild(group(t('ExitReason'), input('text', s.reason, function (v) { s.reason = v; touched(node); }, { className: 'form-control form-control-sm ce-reason' })));
                break;
        }
        return b;
    }

    function sendBody(node, s, b) {
        if (s.variants && s.variants.length) {
            var row = el('div', { className: 'ce-variants' });
            s.variants.forEach(function (v, i) {
                var f = ((data.VariantFigures || {})[node.key] || {})[v.key];
                row.appendChild(el('div', { className: 'ce-variant', 'data-variant': v.key }, [
                    el('div', { className: 'ce-variant-head' }, [el('b', { text: t('Variant') + ' ' + v.key }),
                        el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove-variant', onclick: function () {
                            s.variants.splice(i, 1);
                            if (s.variants.length === 1) { s.templateId = s.variants[0].templateId; delete s.variants; delete s.abTest; }
                            changed();
                        } }, [el('i', { className: 'fas fa-times' })])]),
                    templateSelect(v.templateId, function (id) { v.templateId = id; if (i === 0) s.templateId = id; touched(node); }, { className: 'form-control form-control-sm ce-variant-template-select' }),
                    el('div', { className: 'ce-inline' }, [el('span', { text: t('Weight') }),
                        input('number', v.weight, function (w) { v.weight = w; touched(node); }, { min: 0, className: 'form-control form-control-sm ce-variant-weight' })]),
                    f ? el('div', { className: 'ce-variant-figures', text: f.Sent + ' ' + t('Sent') + ' · ' + f.Opened + ' ' + t('Opened') + ' · ' + f.Clicked + ' ' + t('Clicked') + ' · ' + f.Ordered + ' ' + t('Ordered') }) : null
                ]));
            });
            b.appendChild(group(t('AbSplit'), row));
            b.appendChild(el('button', { type: 'button', className: 'btn btn-xs btn-default ce-add-variant', onclick: function () {
                var used = s.variants.map(function (v) { return v.key; });
                var key = 'ABCDEFGHIJ'.split('').filter(function (k) { return used.indexOf(k) < 0; })[0];
                s.variants.push({ key: key, templateId: 0, weight: 50 });
                changed();
            } }, [el('i', { className: 'fas fa-plus' }), ' ' + t('AddVariant')]));
        } else {
            b.appendChild(group(t('Template'), templateSelect(s.templateId, function (id) { s.templateId = id; touched(node); }, { className: 'form-control form-control-sm ce-template' })));
            b.appendChild(el('button', { type: 'button', className: 'btn btn-xs btn-default ce-ab-split', onclick: function () {
                s.variants = [{ key: 'A', templateId: s.templateId || 0, weight: 50 }, { key: 'B', templateId: 0, weight: 50 }];
                changed();
            } }, [el('i', { className: 'fas fa-random' }), ' ' + t('AbSplit')]));
        }

        var sendWindow = s.window;
        var windowRow = el('div', { className: 'ce-inline ce-window' }, [
            input('checkbox', !!sendWindow, function (on) { s.window = on ? { startHour: 9, endHour: 20 } : null; changed(); }, { className: 'ce-window-on' }),
            el('span', { text: ' ' + t('SendWindow') + ' ' })
        ]);
        if (sendWindow) {
            windowRow.appendChild(input('number', sendWindow.startHour, function (v) { sendWindow.startHour = v; touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-window-start' }));
            windowRow.appendChild(el('span', { text: ' ' + t('And') + ' ' }));
            windowRow.appendChild(input('number', sendWindow.endHour, function (v) { sendWindow.endHour = v; touched(node); }, { min: 0, max: 23, className: 'form-control form-control-sm ce-window-end' }));
        }
        b.appendChild(windowRow);
        if (sendWindow)
            b.appendChild(group(t('Weekdays'), weekdays(sendWindow.weekdays, function (days) { sendWindow.weekdays = days; touched(node); }, 'ce-window-days')));

        function check(value, label, cls) {
            var checks = s.liveChecks || [];
            return el('label', { className: 'ce-check' }, [input('checkbox', checks.indexOf(value) >= 0, function (on) {
                var current = (s.liveChecks || []).filter(function (c) { return c !== value; });
                if (on) current.push(value);
                s.liveChecks = current;
                touched(node);
            }, { className: cls }), ' ' + label]);
        }
        b.appendChild(check('CartNotEmpty', t('LiveCartNotEmpty'), 'ce-live-cart'));
        b.appendChild(check('NoOrderSinceEnrollment', t('LiveNoOrder'), 'ce-live-order'));
        b.appendChild(el('label', { className: 'ce-check' }, [input('checkbox', s.couponSlot, function (on) { s.couponSlot = on; touched(node); }, { className: 'ce-coupon' }), ' ' + t('Coupon')]));
    }

    function conditionBody(node, s, b) {
        b.appendChild(group(t('Condition'), select(CONDITIONS.map(function (c) { return [c, t('Cond' + c)]; }), s.condition, function (v) {
            s.condition = v;
            changed();
        }, { className: 'form-control form-control-sm ce-condition' })));
        if (s.condition === 'OpenedPrevious' || s.condition === 'ClickedPrevious')
            b.appendChild(group(t('OfStep'), select([['', t('AnyEmail')]].concat(sendSteps()), s.stepKey || '', function (v) { s.stepKey = v || null; touched(node); }, { className: 'form-control form-control-sm ce-step-key' })));
        if (s.condition === 'OrderTotalAtLeast')
            b.appendChild(group(t('Amount'), input('number', s.amount || 0, function (v) { s.amount = v; touched(node); }, { min: 0, step: '0.01', className: 'form-control form-control-sm ce-amount' })));
        if (s.condition === 'InSegment')
            b.appendChild(group(t('Segment'), select([[0, '—']].concat(data.Segments.map(function (x) { return [x.Id, x.Name]; })), s.segmentId || 0, function (v) { s.segmentId = Number(v); touched(node); }, { className: 'form-control form-control-sm ce-segment' })));
        if (s.condition === 'ProductInStock')
            b.appendChild(group(t('ProductId'), input('number', s.productId || 0, function (v) { s.productId = v; touched(node); }, { min: 0, className: 'form-control form-control-sm ce-product' })));
    }

    // ---- toolbar, save ---------------------------------------------------------------------------------------

    var toolbar = el('div', { className: 'ce-toolbar' });
    var canvas = el('div', { className: 'ce-canvas' });
    root.appendChild(toolbar);
    root.appendChild(canvas);

    // The toolbar's button is created once: re-creating it between mousedown and click (a field's change event
    // fires on blur) would swallow the click.
    var saveButton = el('button', { type: 'button', className: 'btn btn-primary btn-sm ce-save', onclick: function () { save(); } },
        [el('i', { className: 'far fa-save' }), ' ' + t('Save')]);
    var dirtyBadge = el('span', { className: 'badge badge-warning ce-dirty', text: t('Unsaved') });
    var statusText = el('span', { className: 'ce-status' });
    toolbar.appendChild(saveButton);
    toolbar.appendChild(dirtyBadge);
    toolbar.appendChild(statusText);

    function renderToolbar() {
        dirtyBadge.hidden = !state.dirty;
        statusText.textContent = state.status;
        statusText.className = 'ce-status text-' + state.statusKind;
    }

    function render() {
        renderToolbar();
        canvas.innerHTML = '';
        if (state.globalErrors.length)
            canvas.appendChild(el('div', { className: 'alert alert-danger ce-errors-global' }, state.globalErrors.map(function (m) { return el('div', { text: m }); })));
        var flow = el('div', { className: 'ce-flow' });
        flow.appendChild(el('div', { className: 'ce-trigger' }, [el('i', { className: 'fas fa-bolt' }), ' ' + t('Start') + ': ', el('b', { text: root.getAttribute('data-trigger-name') || '' })]));
        flow.appendChild(line());
        if (!state.main.length) flow.appendChild(el('div', { className: 'ce-empty text-muted', text: t('Empty') }));
        renderList('main', state.main, flow);
        canvas.appendChild(flow);
        state.detached.forEach(function (list, i) {
            if (!list.length) return;
            var loose = el('div', { className: 'ce-flow ce-detached' });
            renderList('detached-' + i, list, loose);
            canvas.appendChild(loose);
        });
    }

    function setErrors(errors) {
        state.errors = {};
        state.globalErrors = [];
        (errors || []).forEach(function (e) {
            if (e.StepKey && findNode(e.StepKey)) (state.errors[e.StepKey] = state.errors[e.StepKey] || []).push(e.Message);
            else state.globalErrors.push((e.StepKey ? e.StepKey + ': ' : '') + e.Message);
        });
    }

    function save() {
        var token = document.querySelector('input[name=__RequestVerificationToken]');
        state.status = t('Saving');
        state.statusKind = 'muted';
        renderToolbar();
        return fetch(root.getAttribute('data-save-url'), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'RequestVerificationToken': token ? token.value : '' },
            body: JSON.stringify(toGraph())
        }).then(function (r) { return r.json(); }).then(function (result) {
            if (result.Success) {
                setErrors([]);
                state.dirty = false;
                state.version = result.Version;
                state.status = result.Message;
                state.statusKind = 'success';
            } else {
                setErrors(result.Errors || (result.error ? [{ Message: result.error }] : []));
                state.status = t('Refused');
                state.statusKind = 'danger';
            }
            render();
            return !!result.Success;
        }).catch(function (e) {
            state.status = String(e);
            state.statusKind = 'danger';
            renderToolbar();
            return false;
        });
    }

    // Saving the scenario form (or activating) first saves an edited chain; a refused chain stops the submit.
    var form = root.closest('form');
    if (form) {
        form.addEventListener('submit', function (e) {
            if (!state.dirty || form.dataset.chainSaved === '1') return;
            e.preventDefault();
            var submitter = e.submitter;
            save().then(function (ok) {
                if (!ok) return;
                form.dataset.chainSaved = '1';
                form.requestSubmit(submitter);
            });
        });
    }

    document.addEventListener('click', function (e) {
        if (!e.target.closest('.ce-add-wrap')) document.querySelectorAll('.ce-add-menu').forEach(function (m) { m.hidden = true; });
    });

    window.triggerMailChainEditor = { graph: toGraph, save: save };

    build(data.Steps || []);
    setErrors(data.Errors);
    render();
})();
