// Template editor: live preview (debounced POST of the texts being typed), errors at line/column beside each
// field as you type, line numbers, click-to-insert fields, desktop/mobile width, and the test send.
(function () {
    'use strict';

    const root = document.getElementById('template-editor');
    if (!root) return;
    const form = document.getElementById('template-form');
    const isLayout = root.dataset.isLayout === 'true';
    const frame = document.getElementById('preview-frame');
    const status = document.getElementById('preview-status');
    const token = () => (document.querySelector('input[name=__RequestVerificationToken]') || {}).value || '';
    const fieldNames = ['Subject', 'Preheader', 'BodyHtml'];
    let lastFocused = null;
    let sequence = 0;
    let timer = null;

    const panes = Array.from(root.querySelectorAll('.tm-language'));

    function prefixOf(pane) {
        const id = pane.querySelector('input[name$=".LanguageId"]');
        return id ? id.name.replace(/LanguageId$/, '') : '';
    }

    function field(pane, name) {
        return pane.querySelector('[name="' + prefixOf(pane) + name + '"]');
    }

    function value(pane, name) {
        const element = field(pane, name);
        return element ? element.value : null;
    }

    function activePane() {
        return panes.find(p => p.offsetParent !== null) || panes[0];
    }

    function languageId(pane) {
        return parseInt(pane.dataset.languageId, 10) || 0;
    }

    function keyFor(error) {
        if (error.LanguageId > 0) {
            const pane = panes.find(p => languageId(p) === error.LanguageId);
            if (pane && fieldNames.includes(error.Field)) return prefixOf(pane) + error.Field;
        }
        return error.Field;
    }

    function request() {
        const pane = activePane();
        const standard = panes[0];
        const layout = form.querySelector('[name="LayoutId"]');
        const order = form.querySelector('[name="PreviewOrderId"]');
        return {
            TemplateId: parseInt(form.querySelector('[name="Id"]').value, 10) || 0,
            LanguageId: languageId(pane),
            IsLayout: isLayout,
            LayoutId: layout ? parseInt(layout.value, 10) || 0 : 0,
            Subject: value(pane, 'Subject'),
            Preheader: value(pane, 'Preheader'),
            BodyHtml: value(pane, 'BodyHtml'),
            DefaultSubject: value(standard, 'Subject'),
            DefaultPreheader: value(standard, 'Preheader'),
            DefaultBodyHtml: value(standard, 'BodyHtml'),
            Customer: (form.querySelector('[name="PreviewCustomer"]') || {}).value || '',
            OrderId: order && order.value ? parseInt(order.value, 10) || null : null
        };
    }

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'RequestVerificationToken': token() },
            body: JSON.stringify(body)
        }).then(r => r.json());
    }

    function showErrors(errors) {
        root.querySelectorAll('.tm-live-errors').forEach(list => { list.innerHTML = ''; });
        const byKey = {};
        errors.forEach(error => { (byKey[keyFor(error)] = byKey[keyFor(error)] || []).push(error); });
        root.querySelectorAll('.tm-live-errors').forEach(list => {
            const key = list.dataset.for;
            const found = byKey[key] || [];
            // The save's message stays while the live check still finds it, and goes once the field changes.
            const saved = root.querySelector('[data-valmsg-for="' + key + '"]');
            const savedText = saved ? saved.textContent.trim() : '';
            if (saved && !found.some(error => error.Text === savedText)) saved.textContent = '';
            found.filter(error => !saved || error.Text !== saved.textContent.trim()).forEach(error => {
                const item = document.createElement('div');
                item.className = 'tm-error';
                item.dataset.line = error.Line;
                item.dataset.column = error.Column;
                item.innerHTML = '<i class="fas fa-circle-exclamation"></i>';
                item.appendChild(document.createTextNode(error.Text));
                item.addEventListener('click', () => goTo(form.querySelector('[name="' + key + '"]'), error.Line, error.Column));
                list.appendChild(item);
            });
        });
        root.querySelectorAll('textarea').forEach(area => renderGutter(area, (byKey[area.name] || []).map(e => e.Line)));
    }

    function refresh() {
        const mine = ++sequence;
        status.className = 'tm-preview-status';
        status.textContent = '…';
        post(root.dataset.previewUrl, request()).then(result => {
            if (mine !== sequence) return;
            if (result.error) {
                status.className = 'tm-preview-status tm-bad';
                status.textContent = result.error;
                return;
            }
            const errors = result.Errors || [];
            showErrors(errors);
            document.getElementById('preview-for').textContent = result.RenderedFor || '';
            if (result.Success) {
                frame.srcdoc = result.Html || '';
                document.getElementById('preview-subject').textContent = result.Subject || '';
                status.className = 'tm-preview-status tm-ok';
                status.textContent = root.dataset.okText || 'Rendered';
            } else {
                status.className = 'tm-preview-status tm-bad';
                status.textContent = errors.length === 1 ? errors[0].Text : errors.length + ' errors: ' + errors.map(e => e.Text).join(' | ');
            }
        }).catch(error => {
            if (mine !== sequence) return;
            status.className = 'tm-preview-status tm-bad';
            status.textContent = String(error);
        });
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 300);
    }

    function renderGutter(area, badLines) {
        const gutter = area.parentElement.querySelector('.tm-gutter');
        if (!gutter) return;
        const lines = (area.value.match(/\n/g) || []).length + 1;
        const bad = new Set(badLines || JSON.parse(gutter.dataset.bad || '[]'));
        gutter.dataset.bad = JSON.stringify(Array.from(bad));
        let html = '';
        for (let line = 1; line <= lines; line++)
            html += bad.has(line) ? '<span class="tm-bad">' + line + '</span>' : line + '\n';
        gutter.innerHTML = html;
        gutter.style.height = area.offsetHeight ? area.offsetHeight + 'px' : '';
        gutter.scrollTop = area.scrollTop;
    }

    function goTo(element, line, column) {
        if (!element) return;
        const lines = element.value.split('\n');
        let position = 0;
        for (let i = 0; i < Math.max(0, line - 1) && i < lines.length; i++) position += lines[i].length + 1;
        position += Math.max(0, column - 1);
        element.focus();
        element.setSelectionRange(position, position);
    }

    function insert(text) {
        const pane = activePane();
        const target = lastFocused && pane.contains(lastFocused) ? lastFocused : field(pane, 'BodyHtml');
        if (!target) return;
        const start = target.selectionStart ?? target.value.length;
        const end = target.selectionEnd ?? start;
        target.focus();
        target.setRangeText(text, start, end, 'end');
        target.dispatchEvent(new Event('input', { bubbles: true }));
    }

    form.addEventListener('input', event => {
        if (event.target.name === 'TestEmail') return;
        if (event.target.tagName === 'TEXTAREA') renderGutter(event.target, []);
        schedule();
    });
    form.addEventListener('change', event => { if (event.target.tagName === 'SELECT') schedule(); });
    form.addEventListener('focusin', event => {
        if (event.target.closest('.tm-language') && (event.target.tagName === 'TEXTAREA' || event.target.type === 'text')) lastFocused = event.target;
    });
    root.querySelectorAll('textarea').forEach(area => {
        area.addEventListener('scroll', () => { const g = area.parentElement.querySelector('.tm-gutter'); if (g) g.scrollTop = area.scrollTop; });
        renderGutter(area, []);
    });
    root.querySelectorAll('.nav-tabs .nav-link').forEach(link => link.addEventListener('click', () => setTimeout(() => {
        root.querySelectorAll('textarea').forEach(area => renderGutter(area));
        refresh();
    }, 0)));
    root.querySelectorAll('.tm-field').forEach(button => button.addEventListener('mousedown', event => event.preventDefault()));
    root.querySelectorAll('.tm-field').forEach(button => button.addEventListener('click', () => insert(button.dataset.insert)));

    ['preview-desktop', 'preview-mobile'].forEach(id => document.getElementById(id).addEventListener('click', event => {
        const button = event.currentTarget;
        button.parentElement.querySelectorAll('.btn').forEach(b => b.classList.remove('active'));
        button.classList.add('active');
        frame.style.width = button.dataset.width + 'px';
    }));

    document.getElementById('send-test').addEventListener('click', () => {
        const result = document.getElementById('send-test-result');
        const body = request();
        body.ToAddress = form.querySelector('[name="TestEmail"]').value;
        result.className = 'mt-2';
        result.textContent = '…';
        post(root.dataset.sendTestUrl, body).then(answer => {
            const ok = answer.Success === true;
            result.className = 'mt-2 alert ' + (ok ? 'alert-success' : 'alert-danger');
            result.textContent = answer.Message || answer.error || '';
        }).catch(error => {
            result.className = 'mt-2 alert alert-danger';
            result.textContent = String(error);
        });
    });
    form.querySelector('[name="TestEmail"]').addEventListener('keydown', event => {
        if (event.key === 'Enter') { event.preventDefault(); document.getElementById('send-test').click(); }
    });
    form.querySelectorAll('[name="PreviewCustomer"], [name="PreviewOrderId"]').forEach(input => input.addEventListener('keydown', event => {
        if (event.key === 'Enter') { event.preventDefault(); refresh(); }
    }));

    refresh();
})();
