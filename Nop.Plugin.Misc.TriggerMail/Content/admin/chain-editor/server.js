/*
 * The editor's talk with the server: what the page embeds for it (the chain, its texts, the vocabulary the server
 * built from the engine) and the save, a JSON POST carrying the page's antiforgery token. The server validates the
 * chain with the engine and answers with the saved version or the errors by step.
 */
import { embeddedJson } from '../dom.js';

export function readPage() {
    return {
        data: embeddedJson('chain-editor-data', {}),
        texts: embeddedJson('chain-editor-texts', {}),
        vocabulary: embeddedJson('chain-editor-vocabulary', null)
    };
}

// Resolves to { saved: true, version, message } or { saved: false, errors: [{ StepKey, Message }] }; a failed
// request (network, not JSON) rejects.
export function postChain(url, graph) {
    var token = document.querySelector('input[name=__RequestVerificationToken]');
    return fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'RequestVerificationToken': token ? token.value : '' },
        body: JSON.stringify(graph)
    }).then(function (r) { return r.json(); }).then(function (result) {
        if (result.Success) return { saved: true, version: result.Version, message: result.Message };
        return { saved: false, errors: result.Errors || (result.error ? [{ Message: result.error }] : []) };
    });
}

// The server's errors ({ StepKey, Message }) on the steps they name; one naming no step of the editor's tree (or
// no step at all) is kept with its key in front, to be shown above the flow.
export function errorsByStep(errors, isStep) {
    var split = { byStep: {}, global: [] };
    (errors || []).forEach(function (e) {
        if (e.StepKey && isStep(e.StepKey)) (split.byStep[e.StepKey] = split.byStep[e.StepKey] || []).push(e.Message);
        else split.global.push((e.StepKey ? e.StepKey + ': ' : '') + e.Message);
    });
    return split;
}
