/*
 * The one-line summary on each step card and the texts it is made of (durations, times, template and choice
 * names). Labels of events and conditions come from the vocabulary; the editor's own words from its texts.
 */

export function templateName(data, id) {
    var tpl = data.Templates.filter(function (x) { return x.Id === Number(id); })[0];
    return tpl ? tpl.Name : '';
}

// Minutes as the largest whole unit: 2880 → 2 days, 90 → 90 minutes.
export function duration(minutes, t) {
    minutes = Number(minutes) || 0;
    var unit = minutes && minutes % 1440 === 0 ? 1440 : minutes && minutes % 60 === 0 ? 60 : 1;
    var amount = minutes / unit;
    var names = { 1: ['Minute', 'Minutes'], 60: ['Hour', 'Hours'], 1440: ['Day', 'Days'] }[unit];
    return { amount: amount, unit: unit, text: amount + ' ' + t(names[amount === 1 ? 0 : 1]) };
}

export function pad(n) { return (n < 10 ? '0' : '') + n; }

// A variant's numbers in one line: "75 sent · 32 opened · 11 clicked · 5 ordered".
export function variantFigures(f, t) {
    return f.Sent + ' ' + t('Sent') + ' · ' + f.Opened + ' ' + t('Opened') + ' · ' + f.Clicked + ' ' + t('Clicked') + ' · ' + f.Ordered + ' ' + t('Ordered');
}

export function choiceOf(list, name) {
    return list.Values.filter(function (v) { return v.Name === name; })[0] || { Name: name, Label: name, Fields: [] };
}

export function createSummaries(editor) {
    var t = editor.t;
    var data = editor.data;
    var vocabulary = editor.vocabulary;

    function send(s) {
        var text = s.variants && s.variants.length
            ? t('AbSplit') + ': ' + s.variants.map(function (v) { return v.key + ' ' + (v.weight || 0) + ' (' + (templateName(data, v.templateId) || '—') + ')'; }).join(' · ')
            : (templateName(data, s.templateId) || t('ChooseTemplate'));
        if (s.window) text += ' · ' + pad(s.window.startHour || 0) + ':00–' + pad(s.window.endHour || 0) + ':00';
        return text;
    }

    function condition(s) {
        var chosen = choiceOf(vocabulary.Conditions, s.condition);
        var text = chosen.Label;
        if (chosen.Fields.indexOf('amount') >= 0) text += ' ' + (s.amount || 0);
        if (chosen.Fields.indexOf('segmentId') >= 0)
            text += ' ' + ((data.Segments.filter(function (x) { return x.Id === Number(s.segmentId); })[0] || {}).Name || '');
        if (s.stepKey) text += ' (' + s.stepKey + ')';
        return text + '?';
    }

    var byForm = {
        send: send,
        duration: function (s, kind) { return kind.Caption + ' ' + duration(s.minutes, t).text; },
        timeOfDay: function (s, kind) {
            return kind.Caption + ' ' + pad(s.hour || 0) + ':' + pad(s.minute || 0)
                + (s.weekdays && s.weekdays.length ? ' · ' + s.weekdays.map(function (d) { return d.substring(0, 3); }).join(', ') : '');
        },
        event: function (s) { return choiceOf(vocabulary.Events, s.event).Label + ' · ' + t('Timeout') + ' ' + duration(s.timeoutMinutes, t).text; },
        condition: condition,
        exit: function (s) { return s.reason || ''; }
    };

    return function summary(node) {
        var kind = editor.graph.kindOf(node.kind);
        var form = byForm[kind.Form];
        return form ? form(node.settings || {}, kind) : '';
    };
}
