/*
 * Trigger mail chain editor: a vertical flow of steps (as in Klaviyo's flow builder) over the engine's step graph.
 * Saving posts the graph as JSON; the server validates it with the engine and either saves a version or returns
 * the errors by step, which are shown on the steps while the unsaved graph stays in the editor.
 * The modules: chain-editor/graph.js (the tree and its edits), flow-view.js, step-forms.js and summaries.js (the
 * page), server.js (what the page embeds, the save); ../dom.js is shared with the segment rule builder.
 */
// Native ES modules: each file imports what it uses, so the browser orders the loading and no global namespace
// or script order in the view (nopCommerce's AddScriptParts prepends and may bundle) has to be kept right by hand.
import { createGraph } from './chain-editor/graph.js';
import { createFlowView } from './chain-editor/flow-view.js';
import { errorsByStep, postChain, readPage } from './chain-editor/server.js';

function start(root) {
    var page = readPage();
    var data = page.data;
    var t = function (key) { return page.texts[key] || key; };
    var graph = createGraph(page.vocabulary);
    var state = graph.state;
    var editor = {
        data: data, vocabulary: page.vocabulary, t: t, graph: graph,
        changed: function () { state.dirty = true; state.status = ''; view.render(); },
        touched: function (node) { view.touched(node); },
        save: save
    };
    var view = createFlowView(root, editor);

    function save() {
        state.status = t('Saving');
        state.statusKind = 'muted';
        view.renderToolbar();
        return postChain(root.getAttribute('data-save-url'), graph.toGraph(data.ScenarioId)).then(function (result) {
            graph.setErrors(errorsByStep(result.saved ? [] : result.errors, graph.hasStep));
            if (result.saved) {
                state.dirty = false;
                state.version = result.version;
                state.status = result.message;
                state.statusKind = 'success';
            } else {
                state.status = t('Refused');
                state.statusKind = 'danger';
            }
            view.render();
            return result.saved;
        }).catch(function (e) {
            state.status = String(e);
            state.statusKind = 'danger';
            view.renderToolbar();
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

    window.triggerMailChainEditor = { graph: function () { return graph.toGraph(data.ScenarioId); }, save: save };

    state.dirty = !!data.Dirty;
    state.version = data.CurrentVersion;
    graph.load(data.Steps || []);
    graph.setErrors(errorsByStep(data.Errors, graph.hasStep));
    view.render();
}

var chainEditor = document.getElementById('chain-editor');
if (chainEditor) start(chainEditor);
