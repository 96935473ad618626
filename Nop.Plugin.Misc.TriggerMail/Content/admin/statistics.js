// Trigger mail statistics pages: the daily chart (Chart.js, as nopCommerce's admin ships it) and switching the period
// without reloading the page. The server sends every figure already formatted (KPI cards) or as plain numbers
// (chart, tables), so the page shows the same text on the first render and after a switch.
(function () {
    'use strict';

    const root = document.getElementById('triggermail-statistics');
    if (!root) {
        return;
    }

    const canvas = document.getElementById('statistics-chart');
    const form = document.getElementById('statistics-filter');
    const errors = document.getElementById('statistics-errors');
    const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const percent = (ratio) => (ratio * 100).toFixed(1) + ' %';
    const signedMoney = (value) => (value > 0 ? '+' : '') + money.format(value);

    const statistics = {
        model: JSON.parse(root.dataset.model),
        chart: null,
        load: load
    };
    window.triggerMailStatistics = statistics;

    function datasets(series) {
        const label = (name) => canvas.dataset['label' + name];
        return [
            { type: 'bar', label: label('Sent'), data: series.map(d => d.Sent), backgroundColor: 'rgba(60, 141, 188, 0.35)', borderColor: 'rgba(60, 141, 188, 0.8)', borderWidth: 1, yAxisID: 'y', order: 5 },
            { type: 'line', label: label('Opens'), data: series.map(d => d.Opens), borderColor: '#00a65a', backgroundColor: '#00a65a', tension: 0.3, yAxisID: 'y', order: 2 },
            { type: 'line', label: label('Clicks'), data: series.map(d => d.Clicks), borderColor: '#f39c12', backgroundColor: '#f39c12', tension: 0.3, yAxisID: 'y', order: 3 },
            { type: 'line', label: label('Orders'), data: series.map(d => d.Orders), borderColor: '#dd4b39', backgroundColor: '#dd4b39', tension: 0.3, yAxisID: 'y', order: 4 },
            { type: 'line', label: label('Revenue'), data: series.map(d => d.Revenue), borderColor: '#605ca8', backgroundColor: 'rgba(96, 92, 168, 0.1)', borderDash: [6, 4], fill: true, tension: 0.3, yAxisID: 'y1', order: 1 }
        ];
    }

    function drawChart(series) {
        if (!canvas || typeof Chart === 'undefined') {
            return;
        }
        const labels = series.map(d => d.Day);
        if (statistics.chart) {
            statistics.chart.data.labels = labels;
            statistics.chart.data.datasets.forEach((dataset, i) => { dataset.data = datasets(series)[i].data; });
            statistics.chart.update();
            return;
        }
        statistics.chart = new Chart(canvas, {
            data: { labels: labels, datasets: datasets(series) },
            options: {
                maintainAspectRatio: false,
                animation: false,
                interaction: { mode: 'index', intersect: false },
                plugins: {
                    legend: { position: 'bottom' },
                    tooltip: { callbacks: { label: (item) => item.dataset.label + ': ' + (item.dataset.yAxisID === 'y1' ? money.format(item.parsed.y) : counts.format(item.parsed.y)) } }
                },
                scales: {
                    x: { grid: { color: 'rgba(0,0,0,.05)' }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
                    y: { beginAtZero: true, position: 'left', grid: { color: 'rgba(0,0,0,.05)' }, ticks: { precision: 0 } },
                    y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { callback: (value) => money.format(value) }, title: { display: true, text: canvas.dataset.labelRevenue } }
                },
                elements: { point: { radius: 2, hitRadius: 10 } }
            }
        });
    }

    function renderKpis(kpis) {
        kpis.Cards.forEach(card => {
            const box = document.querySelector('.statistics-kpi[data-kpi="' + card.Key + '"]');
            if (box) {
                box.querySelector('.kpi-value').textContent = card.Value;
                box.querySelector('.kpi-note').textContent = card.Note;
            }
        });
    }

    function setCell(row, column, text) {
        const cell = row.querySelector('[data-col="' + column + '"]');
        if (cell) {
            cell.textContent = text;
        }
    }

    function renderScenarios(rows) {
        const table = document.getElementById('statistics-scenarios');
        if (!table) {
            return;
        }
        rows.forEach(row => {
            const tr = table.querySelector('tr[data-scenario-id="' + row.ScenarioId + '"]');
            if (!tr) {
                return;
            }
            setCell(tr, 'Sent', counts.format(row.Sent));
            setCell(tr, 'Delivered', counts.format(row.Delivered));
            setCell(tr, 'HumanOpenRate', percent(row.HumanOpenRate));
            setCell(tr, 'ClickRate', percent(row.ClickRate));
            setCell(tr, 'Unsubscribes', counts.format(row.Unsubscribes));
            setCell(tr, 'Orders', counts.format(row.Orders));
            setCell(tr, 'Revenue', money.format(row.Revenue));
            setCell(tr, 'IncrementalRevenue', row.HasHoldout ? signedMoney(row.IncrementalRevenue) : '—');
            const link = tr.querySelector('a');
            if (link) {
                link.href = withPeriod(link.href.split('?')[0], statistics.model);
            }
        });
    }

    function renderFunnel(steps) {
        steps.forEach(step => {
            const tr = document.querySelector('#statistics-funnel tr[data-step="' + CSS.escape(step.StepKey) + '"]');
            if (!tr) {
                return;
            }
            ['Entered', 'Sent', 'Opened', 'Clicked', 'Ordered'].forEach(column => {
                const cell = tr.querySelector('[data-col="' + column + '"]');
                cell.querySelector('.funnel-value').textContent = counts.format(step[column]);
                cell.querySelector('.progress-bar').style.width = (step.Entered === 0 ? 0 : 100 * step[column] / step.Entered) + '%';
            });
            setCell(tr, 'Revenue', money.format(step.Revenue));
        });
    }

    function withPeriod(url, model) {
        return url + '?From=' + encodeURIComponent(model.From) + '&To=' + encodeURIComponent(model.To);
    }

    function renderPeriod(model) {
        form.querySelector('#From').value = model.From;
        form.querySelector('#To').value = model.To;
        form.querySelector('#Days').value = model.Days == null ? '' : model.Days;
        document.getElementById('statistics-period').textContent = model.From + ' – ' + model.To + ' (UTC)';
        form.querySelectorAll('.statistics-preset').forEach(button => button.classList.toggle('active', Number(button.dataset.days) === model.Days));
        document.querySelectorAll('#statistics-export, #statistics-export-daily').forEach(link => { link.href = model.DailyCsvUrl; });
        const steps = document.getElementById('statistics-export-steps');
        if (steps && model.StepsCsvUrl) {
            steps.href = model.StepsCsvUrl;
        }
        const query = model.Days != null ? '?Days=' + model.Days : '?From=' + encodeURIComponent(model.From) + '&To=' + encodeURIComponent(model.To);
        window.history.replaceState(null, '', window.location.pathname + query);
    }

    function render(model) {
        statistics.model = model;
        renderPeriod(model);
        renderKpis(model.Kpis);
        drawChart(model.Series);
        renderScenarios(model.Scenarios || []);
        renderFunnel(model.Funnel || []);
    }

    function showErrors(body) {
        const messages = body && body.Errors ? Object.values(body.Errors).flat() : ['The figures could not be loaded.'];
        errors.innerHTML = '';
        const list = document.createElement('ul');
        messages.forEach(message => {
            const item = document.createElement('li');
            item.textContent = message;
            list.appendChild(item);
        });
        errors.appendChild(list);
    }

    // Asks the server for the figures of another period (a preset of days, or from/to).
    async function load(period) {
        const body = new URLSearchParams();
        body.append('ScenarioId', root.dataset.scenarioId);
        if (period.Days) {
            body.append('Days', period.Days);
        } else {
            body.append('From', period.From || '');
            body.append('To', period.To || '');
        }
        body.append('__RequestVerificationToken', document.querySelector('input[name=__RequestVerificationToken]').value);

        document.body.classList.add('statistics-loading');
        try {
            const response = await fetch(root.dataset.figuresUrl, {
                method: 'POST',
                headers: { 'X-Requested-With': 'XMLHttpRequest' },
                body: body
            });
            const json = await response.json().catch(() => null);
            if (!response.ok) {
                showErrors(json);
                return null;
            }
            errors.innerHTML = '';
            render(json);
            return json;
        } finally {
            document.body.classList.remove('statistics-loading');
        }
    }

    form.querySelectorAll('.statistics-preset').forEach(button => button.addEventListener('click', (event) => {
        event.preventDefault();
        load({ Days: Number(button.dataset.days) });
    }));

    form.addEventListener('submit', (event) => {
        event.preventDefault();
        load({ From: form.querySelector('#From').value, To: form.querySelector('#To').value });
    });

    const scenarios = document.getElementById('statistics-scenario');
    if (scenarios) {
        scenarios.addEventListener('change', () => {
            const id = scenarios.value;
            const base = id === '0' ? scenarios.dataset.indexUrl : scenarios.dataset.scenarioUrl.replace(/0$/, id);
            window.location.href = withPeriod(base, statistics.model);
        });
    }

    drawChart(statistics.model.Series);
})();
