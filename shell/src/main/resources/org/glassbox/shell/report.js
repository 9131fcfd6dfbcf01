/*
 * Draws a Glassbox report from its data (the JSON in #report-data): the time per phase, the
 * network waterfall, the trees, the stylesheets, the display list, the images and the log.
 * Every line that has a box — an element, a layout box, a paint command — outlines that box on
 * the page image in the viewer when pointed at. Plain ES5, no libraries.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var aside = document.getElementById('viewer');
  var frame = aside.querySelector('.frame');
  var image = document.getElementById('viewer-image');
  var highlight = document.getElementById('highlight');
  var caption = document.getElementById('viewer-caption');

  /** A new element with a class and text, both optional. */
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** Where a section's content goes. */
  function body(id) {
    return document.querySelector('#' + id + ' .body');
  }

  function millis(value) {
    return value.toFixed(1) + ' ms';
  }

  // The viewer: boxes are in CSS px of the page, and the image is drawn at one pixel per CSS px,
  // scaled to fit the column; so a box's place on the screen is its geometry times that scale.

  function show(box, text) {
    var scale = image.clientWidth / data.page.width;
    highlight.style.left = box[0] * scale + 'px';
    highlight.style.top = box[1] * scale + 'px';
    highlight.style.width = Math.max(box[2] * scale, 1) + 'px';
    highlight.style.height = Math.max(box[3] * scale, 1) + 'px';
    highlight.style.display = 'block';
    caption.textContent = text + '  —  x=' + box[0] + ' y=' + box[1] + ' w=' + box[2] + ' h=' + box[3];
    var top = frame.offsetTop + box[1] * scale;
    if (top < aside.scrollTop || top > aside.scrollTop + aside.clientHeight - 40) {
      aside.scrollTop = top - 40;
    }
  }

  function hide() {
    highlight.style.display = 'none';
  }

  /** Makes a line outline its box on the page when pointed at; a line without a box stays as it is. */
  function pointable(node, box, text) {
    if (!box) {
      return;
    }
    node.className += ' has-box';
    node.onmouseenter = function () { show(box, text); };
    node.onmouseleave = hide;
  }

  // Bars on a time scale, for the phases and the waterfall.

  function row(container, label, title, total, bars, duration) {
    var line = element('div', 'row');
    var name = element('div', 'label', label);
    name.title = title;
    var track = element('div', 'track');
    bars.forEach(function (bar) {
      var drawn = element('div', 'bar ' + bar.kind);
      drawn.style.left = (100 * bar.start / total) + '%';
      drawn.style.width = (100 * (bar.end - bar.start) / total) + '%';
      drawn.title = bar.kind + ': ' + millis(bar.start) + ' – ' + millis(bar.end);
      track.appendChild(drawn);
    });
    line.appendChild(name);
    line.appendChild(track);
    line.appendChild(element('div', 'millis', millis(duration)));
    container.appendChild(line);
    return line;
  }

  function note(container, className, text) {
    var line = element('div', 'row');
    line.appendChild(element('div', ''));
    line.appendChild(element('div', className, text));
    container.appendChild(line);
  }

  function drawPhases() {
    var container = body('phases');
    var total = Math.max.apply(null, data.phases.map(function (p) { return p.start + p.millis; }).concat([1e-6]));
    data.phases.forEach(function (phase) {
      row(container, phase.name, phase.name, total, [{ kind: 'phase', start: phase.start, end: phase.start + phase.millis }],
          phase.millis);
      note(container, 'phase-summary', phase.summary);
    });
    var busy = data.phases.reduce(function (sum, p) { return sum + p.millis; }, 0);
    container.appendChild(element('p', 'hint', 'In the phases: ' + millis(busy) + ' of ' + millis(total) + ' from the first to the last.'));
  }

  var PAGE_STEPS = ['navigate', 'fetch', 'subresources'];

  /**
   * The URL shortened to what follows the page's directory, as the log's waterfall shows it.
   * Java spells a file URL both file:/path and file:///path; both are read as the first.
   */
  function shortName(request) {
    var url = sameFileScheme(request.replace(/^[A-Z]+ /, ''));
    var directory = sameFileScheme(data.url).replace(/[^\/]*$/, '');
    return url.indexOf(directory) === 0 ? url.substring(directory.length) || url : url;
  }

  function sameFileScheme(url) {
    return url.replace(/^file:\/\/\//, 'file:/');
  }

  function drawWaterfall() {
    var container = body('network');
    var legend = element('div', 'legend');
    ['page-step', 'dns', 'connect', 'tls', 'waiting', 'download', 'read'].forEach(function (kind) {
      var item = element('span', '', kind);
      item.insertBefore(element('i', 'bar ' + kind), item.firstChild);
      legend.appendChild(item);
    });
    container.appendChild(legend);
    var steps = data.phases.filter(function (p) { return PAGE_STEPS.indexOf(p.name) >= 0; });
    var ends = steps.map(function (p) { return p.start + p.millis; })
        .concat(data.fetches.map(function (f) { return f.end; }), [1e-6]);
    var total = Math.max.apply(null, ends);
    steps.forEach(function (step) {
      row(container, '[' + step.name + ']', step.summary, total,
          [{ kind: 'page-step', start: step.start, end: step.start + step.millis }], step.millis);
    });
    data.fetches.forEach(function (fetch) {
      var bars = [{ kind: 'whole', start: fetch.start, end: fetch.end }];
      fetch.steps.forEach(function (step) {
        bars.push({ kind: step.name, start: fetch.start + step.start, end: fetch.start + step.end });
      });
      row(container, shortName(fetch.request), fetch.request, total, bars, fetch.end - fetch.start);
      var parts = fetch.steps.map(function (step) { return step.name + ' ' + millis(step.end - step.start); });
      if (fetch.cache) {
        parts.push('cache: ' + fetch.cache);
      }
      note(container, 'detail', parts.join(' · ') || 'no steps timed');
    });
    if (data.fetches.length === 0) {
      container.appendChild(element('p', 'hint', 'No fetch was timed.'));
    }
  }

  /**
   * A collapsible tree from lines with depths, as the engine's dumps print them: a line is the
   * child of the nearest line above it that is less deep.
   */
  function drawTree(id, lines) {
    var root = element('ul', 'tree');
    var stack = [{ depth: -1, item: null, list: root }];
    lines.forEach(function (line) {
      while (stack[stack.length - 1].depth >= line.depth) {
        stack.pop();
      }
      var parent = stack[stack.length - 1];
      if (!parent.list) {
        parent.list = element('ul');
        parent.item.appendChild(parent.list);
        makeToggle(parent.item);
      }
      var item = element('li');
      item.appendChild(element('span', 'toggle', ''));
      var text = element('span', 'node', line.text);
      pointable(text, line.box, line.text);
      item.appendChild(text);
      parent.list.appendChild(item);
      stack.push({ depth: line.depth, item: item, list: null });
    });
    body(id).appendChild(root);
  }

  function makeToggle(item) {
    var toggle = item.querySelector('.toggle');
    toggle.textContent = '▾';
    toggle.onclick = function () {
      var closed = item.className !== 'closed';
      item.className = closed ? 'closed' : '';
      toggle.textContent = closed ? '▸' : '▾';
    };
  }

  function drawStylesheets() {
    var container = body('stylesheets');
    data.stylesheets.forEach(function (sheet) {
      var details = element('details', 'sheet');
      details.open = sheet.origin !== 'user-agent';
      var errors = sheet.errors.length === 1 ? '1 error' : sheet.errors.length + ' errors';
      details.appendChild(element('summary', '', sheet.origin + ' ' + sheet.source
          + (sheet.media ? ' media="' + sheet.media + '"' : '') + ' — ' + sheet.rules.length + ' rules, ' + errors));
      details.appendChild(element('pre', '', sheet.rules.join('\n')));
      if (sheet.errors.length > 0) {
        details.appendChild(element('pre', 'errors', sheet.errors.map(function (e) { return 'error ' + e; }).join('\n')));
      }
      container.appendChild(details);
    });
  }

  function drawImages() {
    var container = element('div', 'images');
    [[data.page, 'The page (page.png)'], [data.overlay, 'The box model overlay (overlay.png)']].forEach(function (pair) {
      var figure = element('figure');
      var img = element('img');
      img.src = pair[0].src;
      img.alt = pair[1];
      figure.appendChild(img);
      figure.appendChild(element('figcaption', 'hint', pair[1] + ', ' + pair[0].width + '×' + pair[0].height));
      container.appendChild(figure);
    });
    body('images').appendChild(container);
  }

  image.src = data.page.src;
  drawPhases();
  drawWaterfall();
  drawTree('dom', data.dom);
  drawStylesheets();
  drawTree('render-tree', data.renderTree);
  drawTree('layout-tree', data.layoutTree);
  drawTree('display-list', data.displayList);
  drawImages();
  body('log').appendChild(element('pre', '', data.log));
  document.body.setAttribute('data-drawn', 'every section');
})();
