// An accessible mirror of the canvas UI: the filters as radio buttons and
// checkboxes (each source with its count), the article list as a listbox
// (title, source, date, unread/starred; aria-setsize/posinset so only the
// rows on screen exist), the reader's toolbar as buttons sending the same
// commands, and a live region for result counts and the find state.
// C++ bumps a version only when something shown here changed
// (src/platform/web_a11y.cpp); this pulls the JSON then. Elements are kept
// by key and updated in place, so a re-render never drops keyboard focus.
(function () {
  'use strict';

  const A11Y_VERSION_SLOT = 17;  // src/platform/web_text_layer.h
  let mod = null;
  let geometry = null;
  let shownVersion = -1;
  let state = null;
  let pulls = 0;              // JSON pulls, for the test that scrolling the reader pulls none

  function el(tag, attrs = {}, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const root = el('div', { id: 'a11y' });
  const filters = el('section', { id: 'a11y-filters', 'aria-label': 'Filters' });
  const marksGroup = el('div', { role: 'radiogroup', 'aria-label': 'Show' });
  const marks = {};
  for (const [value, label] of [['all', 'All'], ['unread', 'Unread'], ['starred', 'Starred'], ['read', 'Read']]) {
    const input = el('input', { type: 'radio', name: 'a11y-marks', value, class: 'a11y-ctl', 'aria-label': label });
    input.addEventListener('change', () => command('marks', value));
    marks[value] = input;
    const wrap = el('label', { class: 'a11y-item' });
    wrap.append(input, el('span', { 'aria-hidden': 'true' }, label));
    marksGroup.appendChild(wrap);
  }
  const sourcesGroup = el('div', { role: 'group', 'aria-label': 'Sources' });
  filters.append(marksGroup, sourcesGroup);
  const sources = new Map();   // name -> checkbox

  const list = el('div', { id: 'a11y-list', role: 'listbox', 'aria-label': 'Articles', tabindex: '0' });
  const rows = new Map();      // id -> option

  const toolbar = el('div', { id: 'a11y-toolbar', role: 'toolbar', 'aria-label': 'Article' });
  const buttons = {};
  for (const [what, label] of [['star', 'Star'], ['read', 'Mark read'], ['copy', 'Copy text'], ['link', 'Copy link'],
    ['original', 'Open original'], ['smaller', 'Smaller text'], ['larger', 'Larger text'], ['find', 'Find in article']]) {
    const b = el('button', { type: 'button', class: 'a11y-ctl' }, label);
    b.addEventListener('click', () => command(what, ''));
    buttons[what] = b;
    toolbar.appendChild(b);
  }
  const live = el('div', { id: 'a11y-live', role: 'status', 'aria-live': 'polite' });
  root.append(filters, list, toolbar, live);

  function command(what, arg) {
    if (mod) mod.bsCallWithText('bs_a11y_command', 'number', [what, String(arg)]);
  }

  function syncSources(items) {
    const seen = new Set();
    let before = null;
    for (let i = items.length - 1; i >= 0; i--) {
      const s = items[i];
      seen.add(s.name);
      let item = sources.get(s.name);
      if (!item) {
        const box = el('input', { type: 'checkbox', class: 'a11y-ctl' });
        box.addEventListener('change', () => command('source', s.name));
        const text = el('span', { 'aria-hidden': 'true' });
        item = { box, text, wrap: el('label', { class: 'a11y-item' }) };
        item.wrap.append(box, text);
        sources.set(s.name, item);
      }
      const label = (s.name || '(no source)') + ', ' + s.count + (s.count === 1 ? ' article' : ' articles');
      if (item.box.getAttribute('aria-label') !== label) {
        item.box.setAttribute('aria-label', label);
        item.text.textContent = label;
      }
      item.box.checked = s.checked;
      if (item.wrap.nextSibling !== before || item.wrap.parentNode !== sourcesGroup) sourcesGroup.insertBefore(item.wrap, before);
      before = item.wrap;
    }
    for (const [name, item] of sources) {
      if (!seen.has(name)) { item.wrap.remove(); sources.delete(name); }
    }
  }

  function rowText(r) {
    const parts = [r.title, r.source];
    if (r.date) parts.push(r.date);
    parts.push(r.read ? 'read' : 'unread');
    if (r.starred) parts.push('starred');
    return parts.join(', ');
  }

  function syncRows(s) {
    const seen = new Set();
    let selectedId = null;
    const sorted = s.rows.slice().sort((a, b) => a.pos - b.pos);
    let before = null;
    for (let i = sorted.length - 1; i >= 0; i--) {
      const r = sorted[i];
      seen.add(r.id);
      let option = rows.get(r.id);
      if (!option) {
        option = el('div', { role: 'option', id: 'a11y-row-' + r.id });
        option.addEventListener('click', () => command('open', r.id));
        rows.set(r.id, option);
      }
      const text = rowText(r);
      if (option.textContent !== text) option.textContent = text;
      option.setAttribute('aria-setsize', s.listed);
      option.setAttribute('aria-posinset', r.pos);
      option.setAttribute('aria-selected', r.selected ? 'true' : 'false');
      option.style.left = r.x + 'px';
      option.style.top = r.y + 'px';
      option.style.width = r.w + 'px';
      option.style.height = r.h + 'px';
      if (r.selected) selectedId = option.id;
      if (option.nextSibling !== before || option.parentNode !== list) list.insertBefore(option, before);
      before = option;
    }
    for (const [id, option] of rows) {
      if (!seen.has(id)) { option.remove(); rows.delete(id); }
    }
    if (selectedId) list.setAttribute('aria-activedescendant', selectedId);
    else list.removeAttribute('aria-activedescendant');
  }

  function syncToolbar(article) {
    toolbar.hidden = !article;
    if (!article) return;
    buttons.star.textContent = article.starred ? 'Starred' : 'Star';
    buttons.star.setAttribute('aria-pressed', article.starred ? 'true' : 'false');
    buttons.read.textContent = article.read ? 'Mark unread' : 'Mark read';
    buttons.link.hidden = buttons.original.hidden = !article.url;
  }

  function announce(previous, s) {
    let message = null;
    if (!previous || previous.query !== s.query || previous.listed !== s.listed) {
      message = s.listed + (s.listed === 1 ? ' article' : ' articles');
    }
    const f = s.find;
    const pf = previous && previous.find;
    if (f.open && f.text && (!pf || pf.text !== f.text || pf.matches !== f.matches || pf.index !== f.index)) {
      message = f.matches ? 'Find: ' + f.index + ' of ' + f.matches : 'Find: no matches';
    }
    if (message !== null && previous) live.textContent = message;
  }

  function update() {
    if (!geometry || geometry.buffer !== mod.HEAPU8.buffer) {
      geometry = new Float32Array(mod.HEAPU8.buffer, mod._bs_text_layer_geometry(), A11Y_VERSION_SLOT + 1);
    }
    const version = geometry[A11Y_VERSION_SLOT];
    if (version === shownVersion) return;
    shownVersion = version;
    const s = JSON.parse(mod.ccall('bs_a11y_state', 'string', [], []));
    pulls++;
    for (const [value, input] of Object.entries(marks)) input.checked = s.marks === value;
    syncSources(s.sources);
    syncRows(s);
    syncToolbar(s.article);
    announce(state, s);
    state = s;
  }

  // Keys aimed at a mirror control (Tab to move on, Enter / Space to press)
  // belong to the browser, not to the canvas's key handler. This listener is
  // added before the app's (same target and phase), so it runs first.
  window.addEventListener('keydown', (e) => {
    const target = document.activeElement;
    const inMirror = target && root.contains(target);
    if (e.key === 'Tab' || (inMirror && target !== list && (e.key === ' ' || e.key === 'Enter'))) {
      e.stopImmediatePropagation();
    }
  }, true);
  window.addEventListener('keyup', (e) => {
    const target = document.activeElement;
    if (e.key === 'Tab' || (target && root.contains(target) && target !== list && (e.key === ' ' || e.key === 'Enter'))) {
      e.stopImmediatePropagation();
    }
  }, true);

  document.addEventListener('broadsheet:module', (e) => {
    mod = e.detail;
    mod.bsA11y = { changed: () => queueMicrotask(update) };
  });

  function install() { document.body.insertBefore(root, document.getElementById('status')); }
  if (document.body) install();
  else document.addEventListener('DOMContentLoaded', install);

  window.broadsheetA11y = { state: () => state, live: () => live.textContent, pulls: () => pulls };
})();
