/*
 * The chain as the editor holds it. The server's graph (steps with outcome → step key) becomes a tree: each step's
 * single outcome is the step below it; a step with several outcomes ends its list and holds one path per outcome;
 * a path that rejoins or loops ends in a "go to" node. What a kind's outcomes are comes from the vocabulary the
 * server built from the engine: no kind or outcome is named here.
 */

export function createGraph(vocabulary) {
    var kinds = {};
    vocabulary.StepKinds.forEach(function (k) { kinds[k.Name] = k; });
    // A step of a kind the vocabulary does not know is shown as a step that ends the chain.
    var endKind = vocabulary.StepKinds.filter(function (k) { return !k.Outcomes.length; })[0];

    var state = { main: [], detached: [], selected: null, errors: {}, globalErrors: [], dirty: false, status: '', statusKind: 'info', version: null };

    function kindOf(name) { return kinds[name] || endKind; }

    function outcomesOf(node) { return kindOf(node.kind).Outcomes; }

    function branches(node) { return node.kind !== 'Goto' && outcomesOf(node).length > 1; }

    function ends(node) { return node.kind !== 'Goto' && outcomesOf(node).length === 0; }

    function isTerminal(node) { return node.kind === 'Goto' || outcomesOf(node).length !== 1; }

    // ---- graph → tree ----------------------------------------------------------------------------------------

    function parseSettings(step) {
        try { return step.SettingsJson ? JSON.parse(step.SettingsJson) : {}; } catch (e) { return {}; }
    }

    function load(steps) {
        var byKey = {};
        steps.forEach(function (s) { byKey[s.Key] = s; });
        var visited = {};

        function walk(key) {
            var list = [];
            while (key) {
                if (visited[key] || !byKey[key]) { list.push({ kind: 'Goto', target: key }); break; }
                visited[key] = true;
                var step = byKey[key];
                var kind = kindOf(step.Kind);
                var node = { key: step.Key, kind: kind.Name, name: step.Name && step.Name !== step.Key ? step.Name : '', settings: parseSettings(step) };
                list.push(node);
                var outcomes = step.Outcomes || {};
                if (kind.Outcomes.length > 1) {
                    node.paths = {};
                    kind.Outcomes.forEach(function (o) { node.paths[o] = walk(outcomes[o]); });
                    break;
                }
                if (!kind.Outcomes.length) break;
                key = outcomes[kind.Outcomes[0]];
            }
            return list;
        }

        state.main = steps.length ? walk(steps[0].Key) : [];
        state.detached = [];
        steps.forEach(function (s) { if (!visited[s.Key]) state.detached.push(walk(s.Key)); });
    }

    // ---- tree → graph ----------------------------------------------------------------------------------------

    function clean(value) {
        if (Array.isArray(value)) return value.length ? value.map(clean) : undefined;
        if (value && typeof value === 'object') {
            var out = {};
            Object.keys(value).forEach(function (k) {
                var v = clean(value[k]);
                if (v !== undefined && v !== null && v !== '') out[k] = v;
            });
            return out;
        }
        return value;
    }

    function firstKey(list) {
        if (!list || !list.length) return '';
        return list[0].kind === 'Goto' ? list[0].target : list[0].key;
    }

    function toGraph(scenarioId) {
        var steps = [];
        function emit(list) {
            list.forEach(function (node, i) {
                if (node.kind === 'Goto') return;
                var step = { Key: node.key, Kind: node.kind, Name: node.name || node.key, SettingsJson: JSON.stringify(clean(node.settings) || {}), Outcomes: {} };
                var outcomes = outcomesOf(node);
                steps.push(step);
                if (outcomes.length > 1) {
                    outcomes.forEach(function (o) {
                        var target = firstKey(node.paths[o]);
                        if (target) step.Outcomes[o] = target;
                        emit(node.paths[o]);
                    });
                } else if (outcomes.length === 1 && i + 1 < list.length) {
                    step.Outcomes[outcomes[0]] = firstKey(list.slice(i + 1));
                }
            });
        }
        emit(state.main);
        state.detached.forEach(emit);
        return { ScenarioId: scenarioId, Steps: steps };
    }

    // ---- finding ---------------------------------------------------------------------------------------------

    function allNodes() {
        var nodes = [];
        function visit(list) {
            list.forEach(function (n) {
                if (n.kind === 'Goto') return;
                nodes.push(n);
                if (n.paths) Object.keys(n.paths).forEach(function (o) { visit(n.paths[o]); });
            });
        }
        visit(state.main);
        state.detached.forEach(visit);
        return nodes;
    }

    function findNode(key) { return allNodes().filter(function (n) { return n.key === key; })[0]; }

    function lists() {
        var map = { main: state.main };
        state.detached.forEach(function (l, i) { map['detached-' + i] = l; });
        allNodes().forEach(function (n) {
            if (n.paths) Object.keys(n.paths).forEach(function (o) { map[n.key + '.' + o] = n.paths[o]; });
        });
        return map;
    }

    function locate(key) {
        var map = lists();
        for (var id in map) {
            var i = map[id].findIndex(function (n) { return n.key === key; });
            if (i >= 0) return { list: map[id], index: i };
        }
        return null;
    }

    function newKey(kind) {
        var used = {};
        allNodes().forEach(function (n) { used[n.key] = true; });
        for (var i = 1; ; i++) {
            var key = kindOf(kind).KeyPrefix + '-' + i;
            if (!used[key]) return key;
        }
    }

    // ---- editing: each returns whether the tree changed ------------------------------------------------------

    function add(listId, index, kind) {
        var list = lists()[listId];
        var node;
        if (kind === 'Goto') {
            var keys = allNodes().map(function (n) { return n.key; });
            node = { kind: 'Goto', target: keys[0] || '' };
        } else {
            node = { key: newKey(kind), kind: kind, name: '', settings: JSON.parse(JSON.stringify(kindOf(kind).Defaults || {})) };
        }
        var rest = list.splice(index);
        list.push(node);
        if (branches(node)) {
            // The steps below the new branching step go down its first path.
            node.paths = {};
            outcomesOf(node).forEach(function (o, i) { node.paths[o] = i === 0 ? rest : []; });
        } else {
            rest.forEach(function (n) { list.push(n); });
        }
        state.selected = node.key || null;
        return true;
    }

    function move(key, delta) {
        var at = locate(key);
        if (!at) return false;
        var other = at.index + delta;
        if (other < 0 || other >= at.list.length || isTerminal(at.list[at.index]) || isTerminal(at.list[other])) return false;
        var node = at.list[at.index];
        at.list[at.index] = at.list[other];
        at.list[other] = node;
        return true;
    }

    // A removed branching step keeps its first path in its place.
    function remove(list, index) {
        var node = list[index];
        var keep = node.paths ? node.paths[outcomesOf(node)[0]] : [];
        Array.prototype.splice.apply(list, [index, 1].concat(keep));
        if (state.selected === node.key) state.selected = null;
        return true;
    }

    function hasStep(key) { return !!findNode(key); }

    // The server's errors as server.js splits them: by step key, and those naming no step of the tree.
    function setErrors(split) {
        state.errors = split.byStep;
        state.globalErrors = split.global;
    }

    return {
        state: state, kindOf: kindOf, outcomesOf: outcomesOf, branches: branches, ends: ends, isTerminal: isTerminal,
        load: load, toGraph: toGraph, allNodes: allNodes, findNode: findNode, hasStep: hasStep,
        add: add, move: move, remove: remove, setErrors: setErrors
    };
}
