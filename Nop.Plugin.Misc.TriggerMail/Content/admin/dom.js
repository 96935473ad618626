/*
 * The admin scripts' one DOM helper (chain editor, segment rule builder). Text only ever reaches the page as
 * textContent or a text node, never as HTML, so whatever a store admin typed is shown as typed.
 */

// el('button', { className: 'btn', type: 'button', onclick: f, text: 'Save' }, [child, 'text', null]):
// "text" sets the text, "className" the class, "on…" adds a listener; an undefined, null or false attribute is
// left out and true is written as a bare attribute. Children are elements or strings; empty ones are skipped.
export function el(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
        var value = attributes[name];
        if (value === undefined || value === null || value === false) return;
        if (name === 'text') element.textContent = value;
        else if (name === 'className') element.className = value;
        else if (name.indexOf('on') === 0) element.addEventListener(name.substring(2), value);
        else element.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) { if (child) element.appendChild(typeof child === 'string' ? textNode(child) : child); });
    return element;
}

export function textNode(text) {
    return document.createTextNode(text);
}

// The JSON a page embeds in <script type="application/json" id="…">; the fallback when the page has none.
export function embeddedJson(id, fallback) {
    var holder = document.getElementById(id);
    return holder && holder.textContent ? JSON.parse(holder.textContent) : fallback;
}
