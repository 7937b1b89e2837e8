/* graph.html - kg's viewer: draws the graph at the coordinates kg computed
 * (igraph), searches names, filters by type and country, and shows a
 * node's meetings and links with dates and source sentences. All text from
 * the data goes in through textContent and setAttribute, never as markup.
 * The URL hash "#node=ID" selects a node, "#q=TEXT" searches. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var nodes = data.nodes, links = data.links;
  var SVG = 'http://www.w3.org/2000/svg';
  var TYPES = ['person', 'institution', 'country', 'place', 'event'];
  var COLORS = { person: '#4e79a7', institution: '#59a14f', country: '#edc948',
                 place: '#e15759', event: '#b07aa1' };
  var PLURAL = { person: 'people', institution: 'institutions', country: 'countries',
                 place: 'places', event: 'events' };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function sv(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }
  /* Case- and accent-insensitive form for search. */
  function fold(s) {
    s = String(s || '').toLowerCase();
    return s.normalize ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
  }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /* ---- adjacency ---- */
  var adj = nodes.map(function () { return []; });
  links.forEach(function (l, i) {
    adj[l.s].push(i);
    if (l.t !== l.s) adj[l.t].push(i);
  });
  function other(l, i) { return l.s === i ? l.t : l.s; }
  function meetings(i) {
    return adj[i].filter(function (k) { return links[k].type === 'met'; });
  }

  /* ---- header and controls ---- */
  var counts = {};
  nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  var nmet = links.filter(function (l) { return l.type === 'met'; }).length;
  $('stats').textContent = plural(counts.person || 0, 'person', 'people') + ', ' +
    plural(nmet, 'met link', 'met links') + ', ' + plural(nodes.length, 'node', 'nodes') +
    ', ' + plural(links.length, 'link', 'links') + ' from ' +
    plural(data.meta.documents, 'document', 'documents') + ' (' + data.meta.generator + ')';

  var typeOn = {};
  TYPES.forEach(function (t) {
    typeOn[t] = true;
    if (!counts[t]) return;
    var box = el('input', { type: 'checkbox', 'data-type': t });
    box.checked = true;
    box.addEventListener('change', function () { typeOn[t] = box.checked; applyFilters(); });
    var lab = el('label');
    lab.appendChild(box);
    var sw = el('span', { 'class': 'swatch' });
    sw.style.background = COLORS[t];
    lab.appendChild(sw);
    lab.appendChild(document.createTextNode(PLURAL[t] + ' (' + counts[t] + ')'));
    $('types').appendChild(lab);
  });

  var countries = {};
  nodes.forEach(function (n) {
    var c = n.type === 'country' ? n.label : n.country;
    if (c) countries[c] = (countries[c] || 0) + 1;
  });
  Object.keys(countries).sort().forEach(function (c) {
    $('country').appendChild(el('option', { value: c }, c + ' (' + countries[c] + ')'));
  });
  $('country').addEventListener('change', applyFilters);
  $('legend').textContent = 'Size: centrality. Thick blue lines: meetings (wider with more). ' +
    'Click a node for its meetings and sources; drag to pan, wheel to zoom.';

  /* ---- drawing ---- */
  var edgeG = $('edges'), nodeG = $('nodes');
  function radius(n) { return 5 + 11 * (n.size || 0); }
  var edgeEls = links.map(function (l) {
    var a = nodes[l.s], b = nodes[l.t];
    var w = l.type === 'met' ? Math.min(1.5 + 1.5 * Math.log(Math.max(l.weight, 1)) / Math.LN2, 7) : 1;
    var line = sv('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'class': 'edge ' + l.type,
                            'stroke-width': w });
    if (l.type !== 'met') line.setAttribute('stroke-dasharray', '4 3');
    edgeG.appendChild(line);
    return line;
  });
  function shape(n) {
    var r = radius(n), s;
    if (n.type === 'institution') {
      s = sv('rect', { x: -r, y: -r * 0.75, width: 2 * r, height: 1.5 * r, rx: 2 });
    } else if (n.type === 'country' || n.type === 'event' || n.type === 'place') {
      var k = n.type === 'country' ? 6 : n.type === 'event' ? 4 : 5, pts = [];
      for (var j = 0; j < k; j++) {
        var t = Math.PI * 2 * j / k - Math.PI / 2;
        pts.push((r * 1.15 * Math.cos(t)).toFixed(2) + ',' + (r * 1.15 * Math.sin(t)).toFixed(2));
      }
      s = sv('polygon', { points: pts.join(' ') });
    } else {
      s = sv('circle', { r: r });
    }
    s.setAttribute('fill', COLORS[n.type] || '#7f7f7f');
    return s;
  }
  var nodeEls = nodes.map(function (n, i) {
    var g = sv('g', { 'class': 'node ' + n.type, transform: 'translate(' + n.x + ',' + n.y + ')',
                      'data-id': n.id, tabindex: 0, role: 'button' });
    var tip = sv('title', {});
    tip.textContent = n.label + (n.title ? ' — ' + n.title : '') + (n.country ? ' (' + n.country + ')' : '');
    g.appendChild(tip);
    g.appendChild(shape(n));
    var text = sv('text', { x: radius(n) + 3, y: 4 });
    text.textContent = n.label;
    g.appendChild(text);
    g.addEventListener('click', function (ev) { ev.stopPropagation(); select(i); });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(i); }
    });
    nodeG.appendChild(g);
    return g;
  });
  function showLabels() {
    var all = $('all-labels').checked;
    nodes.forEach(function (n, i) {
      var on = all || n.type === 'person' || n.type === 'country' || (n.size || 0) > 0.5;
      nodeEls[i].lastChild.setAttribute('class', on ? '' : 'lbl-off');
    });
  }
  $('all-labels').addEventListener('change', showLabels);
  showLabels();

  /* ---- pan and zoom (the SVG viewBox) ---- */
  var svg = $('graph'), view = null, home = null;
  function setView(v) { view = v; svg.setAttribute('viewBox', v.join(' ')); }
  function fit(which) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    which.forEach(function (i) {
      var n = nodes[i], r = radius(n) + 4;
      x0 = Math.min(x0, n.x - r); y0 = Math.min(y0, n.y - r);
      x1 = Math.max(x1, n.x + r + 8 * Math.min(n.label.length, 30)); y1 = Math.max(y1, n.y + r);
    });
    if (!isFinite(x0)) { x0 = -100; y0 = -100; x1 = 100; y1 = 100; }
    var pad = 20;
    return [x0 - pad, y0 - pad, Math.max(x1 - x0, 50) + 2 * pad, Math.max(y1 - y0, 50) + 2 * pad];
  }
  home = fit(nodes.map(function (n, i) { return i; }));
  setView(home);
  function toSvg(ev) {
    var r = svg.getBoundingClientRect();
    var s = Math.max(view[2] / r.width, view[3] / r.height);
    var ox = view[0] + (view[2] - r.width * s) / 2, oy = view[1] + (view[3] - r.height * s) / 2;
    return { x: ox + (ev.clientX - r.left) * s, y: oy + (ev.clientY - r.top) * s, s: s };
  }
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = toSvg(ev), k = ev.deltaY > 0 ? 1.2 : 1 / 1.2;
    setView([p.x - (p.x - view[0]) * k, p.y - (p.y - view[1]) * k, view[2] * k, view[3] * k]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('mousedown', function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, v: view.slice(), s: toSvg(ev).s, moved: false };
    svg.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var dx = (ev.clientX - drag.x) * drag.s, dy = (ev.clientY - drag.y) * drag.s;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    setView([drag.v[0] - dx, drag.v[1] - dy, drag.v[2], drag.v[3]]);
  });
  window.addEventListener('mouseup', function () { drag = null; svg.classList.remove('dragging'); });
  svg.addEventListener('click', function () { if (!drag || !drag.moved) select(-1); });
  $('reset').addEventListener('click', function () {
    $('search').value = '';
    $('country').value = '';
    Array.prototype.forEach.call($('types').querySelectorAll('input'), function (b) {
      b.checked = true; typeOn[b.getAttribute('data-type')] = true;
    });
    search('');
    select(-1);
    applyFilters();
    setView(home);
  });

  /* ---- filters ---- */
  var visible = nodes.map(function () { return true; });
  function applyFilters() {
    var c = $('country').value, near = {};
    if (c) {
      /* a country's nodes and whoever they are linked to (their counterparts) */
      nodes.forEach(function (n, i) {
        if ((n.type === 'country' ? n.label : n.country) !== c) return;
        near[i] = 2;
        adj[i].forEach(function (k) { var j = other(links[k], i); if (!near[j]) near[j] = 1; });
      });
    }
    nodes.forEach(function (n, i) {
      visible[i] = typeOn[n.type] !== false && (!c || !!near[i]);
      nodeEls[i].style.display = visible[i] ? '' : 'none';
    });
    links.forEach(function (l, k) {
      edgeEls[k].style.display = visible[l.s] && visible[l.t] ? '' : 'none';
    });
    if (c) {
      var shown = Object.keys(near).map(Number).filter(function (i) { return visible[i]; });
      if (shown.length) setView(fit(shown));
    }
  }

  /* ---- search ---- */
  var keys = nodes.map(function (n) { return fold([n.label].concat(n.aliases || []).join('\n')); });
  var hits = [];
  function search(q) {
    var f = fold(q).trim(), list = $('matches');
    hits.forEach(function (i) { nodeEls[i].classList.remove('hit'); });
    hits = [];
    list.textContent = '';
    if (!f) return;
    nodes.forEach(function (n, i) { if (keys[i].indexOf(f) >= 0) hits.push(i); });
    hits.sort(function (a, b) {
      return (nodes[a].type !== 'person') - (nodes[b].type !== 'person') ||
        (nodes[a].label < nodes[b].label ? -1 : nodes[a].label > nodes[b].label ? 1 : 0);
    });
    hits.forEach(function (i) { nodeEls[i].classList.add('hit'); });
    hits.slice(0, 50).forEach(function (i) {
      var li = el('li'), b = el('button', { type: 'button' }, nodes[i].label);
      b.addEventListener('click', function () { select(i, true); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (hits.length > 50) list.appendChild(el('li', { 'class': 'hint' }, (hits.length - 50) + ' more'));
    if (!hits.length) list.appendChild(el('li', { 'class': 'hint' }, 'No match'));
  }
  $('search').addEventListener('input', function () { search(this.value); });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && hits.length) select(hits[0], true);
  });

  /* ---- details ---- */
  var selected = -1;
  function nodeButton(i) {
    var b = el('button', { type: 'button', 'class': 'linkbtn' }, nodes[i].label);
    b.addEventListener('click', function () { select(i, true); });
    return b;
  }
  function evidenceList(box, l) {
    (l.evidence || []).forEach(function (e) {
      var q = el('blockquote');
      q.appendChild(el('span', {}, e.text));
      q.appendChild(el('cite', {}, e.document));
      box.appendChild(q);
    });
  }
  function positionText(p) {
    var s = p.title + (p.institution ? ', ' + p.institution : '');
    if (p.first_seen && p.last_seen && p.first_seen !== p.last_seen) s += ' (' + p.first_seen + ' to ' + p.last_seen + ')';
    else if (p.first_seen) s += ' (' + p.first_seen + ')';
    return s;
  }
  function byLabel(i) {
    return function (a, b) {
      var x = nodes[other(links[a], i)].label, y = nodes[other(links[b], i)].label;
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }
  function overview(box) {
    box.appendChild(el('p', { 'class': 'hint' }, 'Click a node, or search a name, to see its meetings with dates and the sentences that report them.'));
    var people = [];
    nodes.forEach(function (n, i) { if (n.type === 'person') people.push(i); });
    people.sort(function (a, b) {
      return meetings(b).length - meetings(a).length ||
        (nodes[a].label < nodes[b].label ? -1 : nodes[a].label > nodes[b].label ? 1 : 0);
    });
    box.appendChild(el('h3', {}, 'People (' + people.length + ')'));
    var ul = el('ul', { id: 'people' });
    people.slice(0, 200).forEach(function (i) {
      var li = el('li', { 'data-id': nodes[i].id });
      li.appendChild(nodeButton(i));
      var m = meetings(i).length, extra = [];
      if (nodes[i].title) extra.push(nodes[i].title);
      if (nodes[i].country) extra.push(nodes[i].country);
      if (m) extra.push(plural(m, 'counterpart', 'counterparts'));
      if (extra.length) li.appendChild(document.createTextNode(' — ' + extra.join(', ')));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }
  function describe(i, box) {
    var n = nodes[i];
    box.appendChild(el('h2', {}, n.label));
    var meta = [n.type];
    if (n.subtype) meta.push(n.subtype);
    if (n.country && n.type !== 'country') meta.push(n.country);
    if (n.date) meta.push(n.date);
    if (n.place) meta.push(n.place);
    box.appendChild(el('p', { 'class': 'meta' }, meta.join(' · ')));
    if (n.positions && n.positions.length) {
      box.appendChild(el('h3', {}, 'Positions'));
      var ul = el('ul');
      n.positions.forEach(function (p) { ul.appendChild(el('li', {}, positionText(p))); });
      box.appendChild(ul);
    } else if (n.titles && n.titles.length) {
      box.appendChild(el('p', {}, n.titles.join('; ')));
    }
    if (n.aliases && n.aliases.length) box.appendChild(el('p', { 'class': 'meta' }, 'Also: ' + n.aliases.join('; ')));
    var met = meetings(i).sort(byLabel(i));
    if (n.type === 'person' || met.length) {
      box.appendChild(el('h3', {}, 'Meetings (' + met.length + ')'));
      if (!met.length) box.appendChild(el('p', { 'class': 'hint' }, 'No meeting found.'));
      met.forEach(function (k) {
        var l = links[k], d = el('div', { 'class': 'meeting' });
        var who = el('div', { 'class': 'who' });
        who.appendChild(document.createTextNode('With '));
        who.appendChild(nodeButton(other(l, i)));
        var o = nodes[other(l, i)];
        if (o.title || o.country) who.appendChild(document.createTextNode(' (' + [o.title, o.country].filter(Boolean).join(', ') + ')'));
        d.appendChild(who);
        var when = l.dates && l.dates.length ? l.dates.join(', ') : 'date unknown';
        d.appendChild(el('div', { 'class': 'when' }, plural(Math.round(l.weight), 'meeting', 'meetings') + ': ' + when));
        evidenceList(d, l);
        box.appendChild(d);
      });
    }
    var rest = adj[i].filter(function (k) { return links[k].type !== 'met'; }).sort(byLabel(i));
    if (rest.length) {
      box.appendChild(el('h3', {}, 'Other links (' + rest.length + ')'));
      var ol = el('ul');
      rest.forEach(function (k) {
        var l = links[k], li = el('li');
        li.appendChild(document.createTextNode(l.type.replace(/_/g, ' ') + (l.s === i ? ' → ' : ' ← ')));
        li.appendChild(nodeButton(other(l, i)));
        if (l.titles && l.titles.length) li.appendChild(document.createTextNode(' as ' + l.titles.join('; ')));
        if (l.dates && l.dates.length) li.appendChild(document.createTextNode(' (' + l.dates.join(', ') + ')'));
        if (l.evidence && l.evidence.length) {
          var det = el('details');
          det.appendChild(el('summary', {}, 'Sources'));
          evidenceList(det, l);
          li.appendChild(det);
        }
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
    if (n.documents && n.documents.length) {
      box.appendChild(el('h3', {}, 'Documents (' + n.documents.length + ')'));
      var dl = el('ul');
      n.documents.forEach(function (d) { dl.appendChild(el('li', {}, d)); });
      box.appendChild(dl);
    }
  }
  function select(i, focus, keepHash) {
    if (selected >= 0) nodeEls[selected].classList.remove('selected');
    nodeEls.forEach(function (g) { g.classList.remove('dim'); });
    edgeEls.forEach(function (e) { e.classList.remove('dim'); e.classList.remove('on'); });
    selected = i;
    var box = $('details');
    box.textContent = '';
    if (i < 0) {
      overview(box);
      if (!keepHash) setHash('');
      return;
    }
    nodeEls[i].classList.add('selected');
    var near = {};
    near[i] = true;
    adj[i].forEach(function (k) { near[other(links[k], i)] = true; edgeEls[k].classList.add('on'); });
    nodes.forEach(function (n, j) { if (!near[j]) nodeEls[j].classList.add('dim'); });
    links.forEach(function (l, k) { if (!(l.s === i || l.t === i)) edgeEls[k].classList.add('dim'); });
    describe(i, box);
    if (focus) {
      var r = 3 * radius(nodes[i]) + 200;
      if (view && (nodes[i].x < view[0] || nodes[i].x > view[0] + view[2] ||
                   nodes[i].y < view[1] || nodes[i].y > view[1] + view[3]))
        setView([nodes[i].x - r, nodes[i].y - r, 2 * r, 2 * r]);
    }
    if (!keepHash) setHash('node=' + encodeURIComponent(nodes[i].id));
  }
  function setHash(h) {
    try { history.replaceState(null, '', h ? '#' + h : location.pathname + location.search); } catch (e) { /* file:// in some browsers */ }
  }

  /* ---- start ---- */
  var byId = {};
  nodes.forEach(function (n, i) { byId[n.id] = i; });
  var h = location.hash.replace(/^#/, ''), start = -1;
  function decode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }
  if (h.indexOf('node=') === 0) {
    var id = decode(h.slice(5));
    if (Object.prototype.hasOwnProperty.call(byId, id)) start = byId[id];
  } else if (h.indexOf('q=') === 0) {
    $('search').value = decode(h.slice(2));
    search($('search').value);
  }
  select(start, true, true);
  document.body.setAttribute('data-ready', 'true');
})();
