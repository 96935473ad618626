// Cell renderers of the customer message log grid (Admin/Views/TriggerMailCustomer/Messages.cshtml).
(function () {
    'use strict';

    function escape(text) {
        return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    const statusClass = { 0: 'secondary', 10: 'info', 20: 'success', 30: 'danger', 40: 'warning' };

    window.triggerMailMessageStatus = function (status, type, row) {
        const badge = '<span class="badge badge-' + (statusClass[row.StatusId] || 'secondary') + '">' + escape(status) + '</span>';
        return row.StatusReason ? badge + '<div class="text-muted small message-status-reason">' + escape(row.StatusReason) + '</div>' : badge;
    };

    // "human (all)": machine opens and clicks (privacy proxies, link scanners) are counted apart.
    function humanOfAll(human, all) {
        return escape(human) + ' <span class="text-muted">(' + escape(all) + ')</span>';
    }

    window.triggerMailOpens = function (human, type, row) {
        return humanOfAll(human, row.AllOpens);
    };

    window.triggerMailClicks = function (human, type, row) {
        return humanOfAll(human, row.AllClicks);
    };

    window.triggerMailOrderLink = function (orderId) {
        return orderId > 0 ? '<a href="/Admin/Order/Edit/' + escape(orderId) + '">#' + escape(orderId) + '</a>' : '';
    };
})();
