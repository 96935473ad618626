// The suppression list page (Admin/Views/TriggerMailSuppression/List.cshtml): the grid's remove button and its
// confirmation dialog. Removing posts the entry's id with the antiforgery token, then reloads the grid.
(function () {
    'use strict';

    function escape(text) {
        return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    window.triggerMailSuppressionRemoveButton = function (id, type, row) {
        return '<button type="button" class="btn btn-default suppression-remove" data-id="' + escape(id) + '" data-email="' + escape(row.Email) + '">'
            + '<i class="far fa-trash-alt"></i> ' + escape(document.getElementById('suppression-remove-confirm').textContent) + '</button>';
    };

    let pendingId = null;

    document.addEventListener('click', function (event) {
        const remove = event.target.closest('.suppression-remove');
        if (remove) {
            pendingId = remove.getAttribute('data-id');
            document.getElementById('suppression-remove-email').textContent = remove.getAttribute('data-email');
            $('#suppression-remove-modal').modal('show');
            return;
        }

        const confirm = event.target.closest('#suppression-remove-confirm');
        if (!confirm || pendingId === null) {
            return;
        }

        const body = new URLSearchParams();
        body.append('id', pendingId);
        body.append('__RequestVerificationToken', document.querySelector('input[name=__RequestVerificationToken]').value);
        fetch(confirm.getAttribute('data-url'), { method: 'POST', body: body, headers: { 'X-Requested-With': 'XMLHttpRequest' } })
            .then(function (response) { return response.json(); })
            .then(function (result) {
                pendingId = null;
                $('#suppression-remove-modal').modal('hide');
                if (result.error) {
                    alert(result.error);
                }
                window.updateTable('#suppressions-grid');
            });
    });
})();
