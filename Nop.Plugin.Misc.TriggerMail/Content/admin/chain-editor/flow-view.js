/*
 * Draws the chain: the toolbar (save, unsaved badge, status), the trigger, each list of steps top to bottom with
 * "add" buttons between them, branching steps' paths side by side, "go to" nodes, and each step's card with its
 * live numbers and, when selected, its form. Every edit goes through the graph and re-draws from it.
 */
import { el } from '../dom.js';
import { createStepForms } from './step-forms.js';
import { createSummaries, templateName, variantFigures } from './summaries.js';

export function createFlowView(root, editor) {
    var t = editor.t;
    var data = editor.data;
    var vocabulary = editor.vocabulary;
    var graph = editor.graph;
    var state = graph.state;
    var summary = createSummaries(editor);
    var stepForm = createStepForms(editor);

    var toolbar = el('div', { className: 'ce-toolbar' });
    var canvas = el('div', { className: 'ce-canvas' });
    root.appendChild(toolbar);
    root.appendChild(canvas);

    // The toolbar's button is created once: re-creating it between mousedown and click (a field's change event
    // fires on blur) would swallow the click.
    var saveButton = el('button', { type: 'button', className: 'btn btn-primary btn-sm ce-save', onclick: function () { editor.save(); } },
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

    function line() { return el('div', { className: 'ce-line' }); }

    function edit(changedTree) { if (changedTree) editor.changed(); }

    function addButton(listId, index, atEnd) {
        var wrap = el('div', { className: 'ce-add-wrap' });
        var menu = el('div', { className: 'ce-add-menu', hidden: true });
        // A kind that ends the chain (no outcome) is only offered at the end of a path.
        vocabulary.StepKinds.filter(function (kind) { return atEnd || kind.Outcomes.length; }).forEach(function (kind) {
            menu.appendChild(el('button', {
                type: 'button', className: 'btn btn-sm btn-light ce-add-kind', 'data-kind': kind.Name,
                onclick: function () { edit(graph.add(listId, index, kind.Name)); }
            }, [el('i', { className: kind.Icon }), ' ' + kind.Label]));
        });
        if (atEnd && graph.allNodes().length)
            menu.appendChild(el('button', { type: 'button', className: 'btn btn-sm btn-light ce-add-kind', 'data-kind': 'Goto', onclick: function () { edit(graph.add(listId, index, 'Goto')); } },
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
        var items = graph.kindOf(node.kind).Form === 'send'
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
                graph.outcomesOf(node).forEach(function (o) {
                    var branch = el('div', { className: 'ce-branch ce-branch-' + o, 'data-outcome': o });
                    branch.appendChild(el('span', { className: 'ce-branch-label ce-branch-label-' + o, text: vocabulary.Outcomes[o] || o }));
                    branch.appendChild(line());
                    renderList(node.key + '.' + o, node.paths[o], branch);
                    branches.appendChild(branch);
                });
                column.appendChild(branches);
            } else if (node.kind !== 'Goto' && !graph.ends(node)) {
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
        graph.allNodes().forEach(function (n) {
            select.appendChild(el('option', { value: n.key, text: n.name || n.key, selected: n.key === node.target }));
        });
        var errors = state.errors['goto:' + node.target];
        return el('div', { className: 'ce-goto' }, [
            el('i', { className: 'fas fa-level-up-alt' }), ' ' + t('GotoTarget') + ' ', select,
            el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove', title: t('Remove'), onclick: function () { edit(graph.remove(list, index)); } }, [el('i', { className: 'fas fa-times' })]),
            errors ? el('div', { className: 'ce-node-errors', text: errors.join('; ') }) : null
        ]);
    }

    function title(node) { return node.name || graph.kindOf(node.kind).Label; }

    function renderNode(node, list, index) {
        var errors = state.errors[node.key] || [];
        var selected = state.selected === node.key;
        var card = el('div', {
            className: 'ce-node ce-kind-' + node.kind.toLowerCase() + (selected ? ' ce-selected' : '') + (errors.length ? ' ce-has-error' : ''),
            'data-key': node.key, 'data-kind': node.kind
        });
        var canUp = index > 0 && !graph.isTerminal(node) && !graph.isTerminal(list[index - 1]);
        var canDown = index + 1 < list.length && !graph.isTerminal(node) && !graph.isTerminal(list[index + 1]);
        card.appendChild(el('div', {
            className: 'ce-node-head', onclick: function (e) {
                if (e.target.closest('button')) return;
                state.selected = selected ? null : node.key;
                render();
            }
        }, [
            el('i', { className: 'ce-icon ' + graph.kindOf(node.kind).Icon }),
            el('span', { className: 'ce-node-title', text: title(node) }),
            el('span', { className: 'ce-node-key', text: node.key }),
            el('span', { className: 'ce-node-tools' }, [
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-move-up', title: t('MoveUp'), disabled: !canUp, onclick: function () { edit(graph.move(node.key, -1)); } }, [el('i', { className: 'fas fa-arrow-up' })]),
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-move-down', title: t('MoveDown'), disabled: !canDown, onclick: function () { edit(graph.move(node.key, 1)); } }, [el('i', { className: 'fas fa-arrow-down' })]),
                el('button', { type: 'button', className: 'btn btn-xs btn-link ce-remove', title: t('Remove'), onclick: function () { edit(graph.remove(list, index)); } }, [el('i', { className: 'far fa-trash-alt' })])
            ])
        ]));
        card.appendChild(el('div', { className: 'ce-node-summary', text: summary(node) }));
        var figures = stats(node);
        if (figures) card.appendChild(figures);
        if (node.settings.variants && node.settings.variants.length && !selected && graph.kindOf(node.kind).Form === 'send')
            card.appendChild(variantStrip(node));
        if (errors.length)
            card.appendChild(el('ul', { className: 'ce-node-errors' }, errors.map(function (m) { return el('li', { text: m }); })));
        if (selected)
            card.appendChild(stepForm(node));
        return card;
    }

    function variantStrip(node) {
        var figures = (data.VariantFigures || {})[node.key] || {};
        var total = node.settings.variants.reduce(function (sum, v) { return sum + (Number(v.weight) || 0); }, 0) || 1;
        return el('div', { className: 'ce-variants-strip' }, node.settings.variants.map(function (v) {
            var f = figures[v.key];
            return el('div', { className: 'ce-variant-chip', 'data-variant': v.key }, [
                el('div', {}, [el('b', { text: v.key }), ' ' + Math.round(100 * (Number(v.weight) || 0) / total) + '%']),
                el('div', { className: 'ce-variant-template', text: templateName(data, v.templateId) || '—' }),
                f ? el('div', { className: 'ce-variant-figures', text: variantFigures(f, t) }) : null
            ]);
        }));
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

    // A field edit updates the step's summary and title in place: re-drawing would drop the focus from the field.
    function touched(node) {
        state.dirty = true;
        state.status = '';
        var card = root.querySelector('.ce-node[data-key="' + node.key + '"] > .ce-node-summary');
        if (card) card.textContent = summary(node);
        var heading = root.querySelector('.ce-node[data-key="' + node.key + '"] .ce-node-title');
        if (heading) heading.textContent = title(node);
        renderToolbar();
    }

    return { render: render, renderToolbar: renderToolbar, touched: touched };
}
