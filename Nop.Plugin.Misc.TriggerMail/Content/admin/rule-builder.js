/*
 * TriggerMail segment rule builder. Edits a segment's rule tree in the rule model's own JSON shape
 * ({"group":"and","rules":[{"field":"orders.count","operator":"gte","value":2}]}) and keeps it in the form's
 * hidden RulesJson input. Fields, operators, value kinds and options come from the rule model's catalogue, which
 * the page embeds as JSON (#segment-rule-builder-config); nothing about fields is known here. Every change asks
 * the count endpoint (debounced) for the live count; invalid rules come back as the rule model's errors, each
 * with the rule's path ("rules[0].rules[1]"), and are shown beside that condition.
 */
// A native ES module, as the chain editor: it shares its DOM helper (../dom.js) by import.
import { el, embeddedJson, textNode } from './dom.js';

var host = document.getElementById('segment-rule-builder');
if (host) start(host);

function start(host) {
    var config = embeddedJson('segment-rule-builder-config', null);
    var input = document.getElementById(host.getAttribute('data-input'));
    var countUrl = host.getAttribute('data-count-url');
    var countValue = document.getElementById('segment-live-count-value');
    var countState = document.getElementById('segment-live-count-state');
    var storeSelect = document.getElementById('segment-count-store');
    var texts = config.Texts;
    var fields = {};
    config.Fields.forEach(function (f) { fields[f.Name] = f; });

    // The rule model's JSON property order (SegmentRulesJson), so what the builder writes is what the engine writes.
    var KEY_ORDER = ['group', 'rules', 'field', 'operator', 'value', 'paidOnly', 'fromUtc', 'toUtc', 'inLastDays', 'scenarioId'];

    var tree;
    var unreadable = null;
    var dirty = false;
    try {
        tree = JSON.parse(input.value || '{"group":"and","rules":[]}');
        if (!isGroup(tree)) tree = { group: 'and', rules: [tree] };
    } catch (e) {
        unreadable = input.value;
        tree = { group: 'and', rules: [] };
    }

    function isGroup(node) {
        return node !== null && typeof node === 'object' && !Array.isArray(node) && (node.group !== undefined || node.rules !== undefined);
    }

    // ---------- serialization ----------

    function serialize(node) {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
        var result = {};
        KEY_ORDER.concat(Object.keys(node).filter(function (k) { return KEY_ORDER.indexOf(k) < 0; })).forEach(function (key) {
            var value = node[key];
            if (value === undefined || value === null) return;
            result[key] = key === 'rules' && Array.isArray(value) ? value.map(serialize) : value;
        });
        return result;
    }

    function write() {
        if (unreadable !== null && !dirty) return;
        input.value = JSON.stringify(serialize(tree));
    }

    function changed(rerender) {
        dirty = true;
        if (rerender) render();
        write();
        scheduleCount();
    }

    // ---------- DOM helpers ----------

    function option(value, text, selected) {
        var o = el('option', { value: value, text: text });
        if (selected) o.selected = true;
        return o;
    }

    function button(cssClass, icon, text, onclick) {
        return el('button', { type: 'button', 'class': 'btn btn-sm ' + cssClass, title: text, onclick: onclick }, [
            el('i', { 'class': icon }), textNode(' ' + text)
        ]);
    }

    // ---------- the tree ----------

    function newCondition() {
        var field = config.Fields[0];
        var op = field.Operators[0];
        return { field: field.Name, operator: op.Name, value: defaultValue(op.ValueKind) };
    }

    function defaultValue(kind) {
        return kind === 'Boolean' ? true : undefined;
    }

    function childPath(path, isRoot, index) {
        return (isRoot ? path : path + '.rules') + '[' + index + ']';
    }

    function render() {
        host.innerHTML = '';
        if (unreadable !== null && !dirty) {
            host.appendChild(el('div', { 'class': 'alert alert-warning rb-unreadable' }, [
                el('div', { text: texts.NotJson }), el('pre', { text: unreadable })
            ]));
        }
        host.appendChild(renderGroup(tree, 'rules', true, null, -1));
    }

    function renderGroup(node, path, isRoot, parent, index) {
        if (!Array.isArray(node.rules)) node.rules = [];
        var typeSelect = el('select', {
            'class': 'form-control form-control-sm rb-group-type',
            onchange: function () { node.group = typeSelect.value; changed(true); }
        });
        Object.keys(config.Groups).forEach(function (g) { typeSelect.appendChild(option(g, config.Groups[g], node.group === g)); });
        if (!config.Groups[node.group]) typeSelect.insertBefore(option(node.group || '', String(node.group), true), typeSelect.firstChild);

        var head = el('div', { 'class': 'rb-group-head' }, [
            typeSelect,
            button('btn-default rb-add-condition', 'fas fa-plus', texts.AddCondition, function () { node.rules.push(newCondition()); changed(true); }),
            button('btn-default rb-add-group', 'fas fa-layer-group', texts.AddGroup, function () { node.rules.push({ group: 'and', rules: [newCondition()] }); changed(true); }),
            isRoot ? null : button('btn-link text-danger rb-remove', 'fas fa-times', texts.Remove, function () { parent.rules.splice(index, 1); changed(true); })
        ]);
        var children = el('div', { 'class': 'rb-children' });
        if (node.rules.length === 0) children.appendChild(el('div', { 'class': 'rb-empty text-muted', text: texts.EmptyGroup }));
        node.rules.forEach(function (child, i) {
            var p = childPath(path, isRoot, i);
            children.appendChild(isGroup(child) ? renderGroup(child, p, false, node, i) : renderCondition(child, p, node, i));
        });
        return el('div', { 'class': 'rb-group rb-group-' + node.group + (isRoot ? ' rb-root' : ''), 'data-path': path }, [
            head, el('div', { 'class': 'rb-error text-danger' }), children
        ]);
    }

    function renderCondition(node, path, parent, index) {
        var field = fields[node.field];
        var fieldSelect = el('select', {
            'class': 'form-control form-control-sm rb-field',
            onchange: function () {
                var next = fields[fieldSelect.value];
                var keepOperator = next.Operators.filter(function (o) { return o.Name === node.operator; })[0];
                var op = keepOperator || next.Operators[0];
                var sameKind = field && keepOperator && operatorOf(field, node.operator) && operatorOf(field, node.operator).ValueKind === op.ValueKind
                    && field.List === next.List;
                node.field = next.Name;
                node.operator = op.Name;
                if (!sameKind) node.value = defaultValue(op.ValueKind);
                ['paidOnly', 'fromUtc', 'toUtc', 'inLastDays', 'scenarioId'].forEach(function (name) {
                    if (next.Options.indexOf(name) < 0) delete node[name];
                });
                changed(true);
            }
        });
        if (!field) fieldSelect.appendChild(option(node.field || '', String(node.field), true));
        var families = {};
        config.Fields.forEach(function (f) {
            if (!families[f.Family]) {
                families[f.Family] = el('optgroup', { label: config.Families[f.Family] || f.Family });
                fieldSelect.appendChild(families[f.Family]);
            }
            families[f.Family].appendChild(option(f.Name, f.Label, f.Name === node.field));
        });

        var operatorSelect = el('select', {
            'class': 'form-control form-control-sm rb-operator',
            onchange: function () {
                var before = field && operatorOf(field, node.operator);
                var after = operatorOf(field, operatorSelect.value);
                node.operator = operatorSelect.value;
                if (!before || before.ValueKind !== after.ValueKind) node.value = defaultValue(after.ValueKind);
                changed(true);
            }
        });
        var op = field && operatorOf(field, node.operator);
        if (!op) operatorSelect.appendChild(option(node.operator || '', String(node.operator), true));
        (field ? field.Operators : []).forEach(function (o) { operatorSelect.appendChild(option(o.Name, config.Operators[o.Name] || o.Name, o.Name === node.operator)); });

        return el('div', { 'class': 'rb-condition', 'data-path': path, 'data-field': node.field }, [
            el('div', { 'class': 'rb-condition-row' }, [
                fieldSelect,
                operatorSelect,
                op ? valueEditor(node, field, op) : null,
                field ? optionEditors(node, field) : null,
                button('btn-link text-danger rb-remove', 'fas fa-times', texts.Remove, function () { parent.rules.splice(index, 1); changed(true); })
            ]),
            el('div', { 'class': 'rb-error text-danger' })
        ]);
    }

    function operatorOf(field, name) {
        return field ? field.Operators.filter(function (o) { return o.Name === name; })[0] : null;
    }

    // ---------- value inputs, one per value kind ----------

    function valueEditor(node, field, op) {
        switch (op.ValueKind) {
            case 'Integer':
                var days = op.Name === 'withinDays' || op.Name === 'olderThanDays';
                return withSuffix(numberInput(node, 'value', '1'), days ? texts.Days : null);
            case 'Money':
                return numberInput(node, 'value', '0.01');
            case 'Date':
                return dateInput(node, 'value', false);
            case 'Boolean':
                var select = el('select', {
                    'class': 'form-control form-control-sm rb-value rb-value-boolean',
                    onchange: function () { node.value = select.value === 'true'; changed(false); }
                }, [option('true', texts.Yes, node.value !== false), option('false', texts.No, node.value === false)]);
                return select;
            case 'Text':
                return textInput(node, function (text) { return text === '' ? undefined : text; }, function (v) { return v == null ? '' : String(v); }, '');
            case 'TextList':
                return textInput(node, function (text) {
                    var items = text.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s !== ''; });
                    return items.length ? items : undefined;
                }, joinList, texts.Texts);
            case 'IdList':
            case 'MonthList':
                var list = config.Lists[field.List || (op.ValueKind === 'MonthList' ? 'months' : '')];
                if (list) return checklist(node, list);
                return textInput(node, function (text) {
                    var items = text.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s !== ''; })
                        .map(function (s) { return /^\d+$/.test(s) ? Number(s) : s; });
                    return items.length ? items : undefined;
                }, joinList, texts.Ids);
        }
        return null;
    }

    function joinList(v) {
        return Array.isArray(v) ? v.join(', ') : (v == null ? '' : JSON.stringify(v));
    }

    function withSuffix(inputElement, suffix) {
        return suffix ? el('span', { 'class': 'rb-with-suffix' }, [inputElement, el('span', { 'class': 'rb-suffix', text: suffix })]) : inputElement;
    }

    function numberInput(node, key, step) {
        var current = node[key];
        var box = el('input', {
            type: 'number', min: '0', step: step, 'class': 'form-control form-control-sm rb-value rb-value-number',
            value: typeof current === 'number' ? String(current) : '',
            oninput: function () {
                var n = box.value === '' ? undefined : Number(box.value);
                node[key] = n === undefined || isFinite(n) ? n : box.value;
                changed(false);
            }
        });
        return box;
    }

    // Shows the date part; the stored text is kept until the admin changes it, so saved rules round-trip unchanged.
    function dateInput(node, key, asUtcMidnight) {
        var current = node[key];
        var box = el('input', {
            type: 'date', 'class': 'form-control form-control-sm rb-value rb-value-date',
            value: typeof current === 'string' ? current.substring(0, 10) : '',
            onchange: function () {
                node[key] = box.value === '' ? undefined : (asUtcMidnight ? box.value + 'T00:00:00Z' : box.value);
                changed(false);
            }
        });
        return box;
    }

    function textInput(node, parse, format, placeholder) {
        var box = el('input', {
            type: 'text', 'class': 'form-control form-control-sm rb-value rb-value-text', placeholder: placeholder,
            value: format(node.value),
            oninput: function () { node.value = parse(box.value); changed(false); }
        });
        return box;
    }

    function checklist(node, list) {
        var selected = Array.isArray(node.value) ? node.value.slice() : [];
        var items = list.slice();
        selected.forEach(function (id) {
            if (!items.some(function (item) { return item.Value === id; })) items.push({ Value: id, Text: '#' + id });
        });
        var box = el('div', { 'class': 'rb-value rb-checklist' });
        items.forEach(function (item) {
            var check = el('input', {
                type: 'checkbox', value: String(item.Value),
                onchange: function () {
                    var values = Array.isArray(node.value) ? node.value.filter(function (v) { return v !== item.Value; }) : [];
                    if (check.checked) values.push(item.Value);
                    node.value = values.length ? values : undefined;
                    changed(false);
                }
            });
            check.checked = selected.indexOf(item.Value) >= 0;
            box.appendChild(el('label', { 'class': 'rb-check', 'data-value': item.Value }, [check, textNode(' ' + item.Text)]));
        });
        return box;
    }

    // ---------- the options a field accepts (paid only, date window, last N days, scenario) ----------

    // Options stay folded behind a link until the admin opens them or one is set, so plain conditions stay one line.
    var unfolded = new WeakSet();

    function optionEditors(node, field) {
        if (!field.Options.length) return null;
        var anySet = field.Options.some(function (name) { return node[name] !== undefined && node[name] !== null; });
        if (!anySet && !unfolded.has(node)) {
            return button('btn-link rb-show-options', 'fas fa-sliders-h', texts.Options, function () { unfolded.add(node); render(); });
        }
        var box = el('span', { 'class': 'rb-options' });
        field.Options.forEach(function (name) {
            var meta = config.Options[name] || { Label: name };
            var editor;
            if (name === 'paidOnly') {
                var check = el('input', {
                    type: 'checkbox', 'class': 'rb-option-paidOnly',
                    onchange: function () { if (check.checked) node.paidOnly = true; else delete node.paidOnly; changed(false); }
                });
                check.checked = node.paidOnly === true;
                box.appendChild(el('label', { 'class': 'rb-option rb-check' }, [check, textNode(' ' + meta.Label)]));
                return;
            }
            if (name === 'fromUtc' || name === 'toUtc') editor = dateInput(node, name, true);
            else if (name === 'inLastDays') editor = numberInput(node, name, '1');
            else if (meta.List && config.Lists[meta.List]) {
                var select = el('select', {
                    'class': 'form-control form-control-sm rb-option-select',
                    onchange: function () { node[name] = select.value === '' ? undefined : Number(select.value); changed(false); }
                }, [option('', '—', node[name] == null)]);
                var known = config.Lists[meta.List];
                known.forEach(function (item) { select.appendChild(option(String(item.Value), item.Text, node[name] === item.Value)); });
                if (node[name] != null && !known.some(function (item) { return item.Value === node[name]; })) {
                    select.appendChild(option(String(node[name]), '#' + node[name], true));
                }
                editor = select;
            } else editor = numberInput(node, name, '1');
            editor.classList.add('rb-option-' + name);
            box.appendChild(el('label', { 'class': 'rb-option' }, [el('span', { text: meta.Label + ' ' }), editor]));
        });
        return box;
    }

    // ---------- live count and the rule model's errors ----------

    var timer = null;
    var sequence = 0;

    function scheduleCount() {
        clearTimeout(timer);
        countState.textContent = texts.Counting;
        host.setAttribute('data-count-state', 'pending');
        timer = setTimeout(count, 400);
    }

    function count() {
        var mine = ++sequence;
        var rules = input.value;
        var token = document.querySelector('input[name=__RequestVerificationToken]');
        fetch(countUrl, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                'X-Requested-With': 'XMLHttpRequest',
                'RequestVerificationToken': token ? token.value : ''
            },
            body: JSON.stringify({ RulesJson: rules, StoreId: Number(storeSelect.value || 0) })
        }).then(function (response) { return response.json(); }).then(function (result) {
            if (mine !== sequence) return;
            showErrors(result.Errors || []);
            if (result.error) {
                countValue.textContent = '—';
                countState.textContent = result.error;
            } else if (result.Count === null || result.Count === undefined) {
                countValue.textContent = '—';
                countState.textContent = texts.Invalid;
            } else {
                countValue.textContent = String(result.Count);
                countState.textContent = '';
            }
            host.setAttribute('data-counted-rules', rules);
            host.setAttribute('data-count-state', 'done');
        }).catch(function (error) {
            if (mine !== sequence) return;
            countValue.textContent = '—';
            countState.textContent = String(error);
            host.setAttribute('data-count-state', 'failed');
        });
    }

    function showErrors(errors) {
        host.querySelectorAll('.rb-error').forEach(function (e) { e.textContent = ''; });
        host.querySelectorAll('.rb-invalid').forEach(function (e) { e.classList.remove('rb-invalid'); });
        errors.forEach(function (error) {
            var target = host.querySelector('[data-path="' + error.Path + '"]') || host.querySelector('.rb-root');
            var slot = target.querySelector(':scope > .rb-error');
            target.classList.add('rb-invalid');
            slot.appendChild(el('div', { 'class': 'rb-error-message', text: error.Message }));
        });
    }

    // ---------- start ----------

    storeSelect.appendChild(option('0', texts.AllStores, true));
    (config.Lists.stores || []).forEach(function (store) { storeSelect.appendChild(option(String(store.Value), store.Text, false)); });
    storeSelect.addEventListener('change', scheduleCount);

    render();
    write();
    var initialErrors = embeddedJson('segment-rule-errors', []);
    showErrors(initialErrors);
    scheduleCount();
}
