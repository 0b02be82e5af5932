// Real <input dir="auto"> elements laid exactly over the ImGui search and
// find fields (src/platform/web_text_inputs.cpp says where). The browser is
// the editor: it draws the text, caret, selection and IME composition in
// every script, handles dead keys, the emoji picker, right-to-left typing,
// the context menu's Paste, and opens a phone's keyboard on a real tap.
// ImGui keeps the layout slot and draws the frame under the input.
//
// To the app goes only committed text: while an IME composes (pinyin
// letters, unconverted kana) nothing is sent, so the list and the URL do not
// churn through text that is about to be converted; the composition's end
// sends the final text once. Hangul is the exception: a Korean IME keeps the
// syllable being typed in the composition until the next space or
// punctuation, yet each whole syllable is already final text, so a
// composition of whole syllables is sent as it grows (else the results
// would lag one syllable behind). A lone jamo (ㅅ) is not sent.
//
// window.BroadsheetTextInputs.create(mod, canvas) returns what the C++ side
// calls as Module.bsTextInputs: place, setText, focus, setColors.
(function () {
  'use strict';

  // Index = the C++ TextField value. Keys: search: Esc clears, then leaves;
  // Enter leaves (the list takes j/k). find: Enter / Shift+Enter step
  // through the matches, Esc closes the bar. Dates: Enter applies and
  // leaves, Esc drops the edit and leaves.
  const FIELDS = [
    { name: 'search', label: 'Search articles', placeholder: 'Search  ( / )', role: 'searchbox', enterKeyHint: 'search' },
    { name: 'find', label: 'Find in article', placeholder: 'Find in article', role: 'searchbox', enterKeyHint: 'next' },
    { name: 'from', label: 'From date (YYYY-MM-DD)', placeholder: 'from YYYY-MM-DD', role: 'textbox', enterKeyHint: 'done' },
    { name: 'to', label: 'To date (YYYY-MM-DD)', placeholder: 'to YYYY-MM-DD', role: 'textbox', enterKeyHint: 'done' },
  ];
  const HANGUL_SYLLABLES = /^[\uAC00-\uD7A3]+$/;
  const KEY_ENTER = 1, KEY_SHIFT_ENTER = 2, KEY_ESCAPE = 3;  // WebTextInputs::kEnter...

  const STYLE = `
#bs-text-inputs { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; }
#bs-text-inputs input {
  position: absolute; box-sizing: border-box; margin: 0; border: 0; border-radius: 0;
  background: transparent; outline: none; box-shadow: none; -webkit-appearance: none; appearance: none;
  font-family: "Broadsheet Sans", sans-serif; line-height: normal; text-overflow: clip;
  color: var(--bs-text, #222); caret-color: var(--bs-text, #222);
}
#bs-text-inputs input[hidden] { display: none; }
#bs-text-inputs input::placeholder { color: var(--bs-hint, #888); opacity: 1; }
#bs-text-inputs input::selection { background: var(--bs-selection, rgba(66, 150, 250, 0.35)); }
`;

  function rgba(u32) {  // ImU32 is 0xAABBGGRR
    const r = u32 & 255, g = (u32 >>> 8) & 255, b = (u32 >>> 16) & 255, a = ((u32 >>> 24) & 255) / 255;
    return `rgba(${r}, ${g}, ${b}, ${a.toFixed(3)})`;
  }

  function isEditable(el) {
    return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
  }

  function create(mod, canvas) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.appendChild(style);
    // In the document's flow beside the canvas (absolute, not fixed): if a
    // phone scrolls the page to show the focused input, both move together.
    const layer = document.createElement('div');
    layer.id = 'bs-text-inputs';
    canvas.insertAdjacentElement('afterend', layer);

    const fields = FIELDS.map((spec, index) => {
      const el = document.createElement('input');
      el.type = 'text';
      el.dir = 'auto';
      el.hidden = true;
      el.id = 'bs-' + spec.name;
      el.placeholder = spec.placeholder;
      el.setAttribute('aria-label', spec.label);
      el.setAttribute('role', spec.role);
      el.enterKeyHint = spec.enterKeyHint;
      el.autocomplete = 'off';
      // The app takes no more (kMaxQueryChars); the browser's paste and typing stop there.
      el.maxLength = mod._bs_max_query_chars();
      el.spellcheck = false;
      el.setAttribute('autocapitalize', 'off');
      el.setAttribute('autocorrect', 'off');
      layer.appendChild(el);
      const field = { el, index, sent: '', composing: false };

      // Sends the committed text (once per change); `evenComposing` for Hangul.
      field.send = (evenComposing) => {
        if ((field.composing && !evenComposing) || el.value === field.sent) return;
        // Script can set a value past maxlength (pasteIntoSearch, setRangeText).
        if (el.value.length > el.maxLength) el.value = mod.bsClipText(el.value, el.maxLength);
        field.sent = el.value;
        mod.bsCallWithText('bs_text_field_input', null, [index, el.value]);
      };
      el.addEventListener('compositionstart', () => { field.composing = true; field.hangul = false; });
      el.addEventListener('compositionupdate', (e) => { field.hangul = HANGUL_SYLLABLES.test(e.data || ''); });
      el.addEventListener('compositionend', () => { field.composing = false; field.send(); });
      el.addEventListener('input', (e) => {
        if (!e.isComposing && !field.composing) field.send();
        else if (field.hangul) field.send(true);
      });
      // The wheel and the pointer's moves over a field still reach the canvas
      // under it, so the pane the field sits in scrolls (no dead zone).
      el.addEventListener('wheel', forwardToCanvas, { passive: false });
      el.addEventListener('mousemove', forwardToCanvas);
      el.addEventListener('focus', () => mod._bs_text_field_focus(index, 1));
      el.addEventListener('blur', () => mod._bs_text_field_focus(index, 0));
      el.addEventListener('keydown', (e) => {
        // Enter and Esc during a composition belong to the IME (commit, cancel).
        if (e.isComposing || field.composing || e.keyCode === 229) return;
        const isSearch = spec.name === 'search';
        if (e.key === 'Escape') {
          e.preventDefault();
          if (isSearch && el.value !== '') {  // first Esc clears, the next leaves
            el.value = '';
            field.send();
          } else {
            if (!isSearch) mod._bs_text_field_key(index, KEY_ESCAPE);
            toCanvas();
          }
        } else if (e.key === 'Enter') {
          e.preventDefault();
          if (!isSearch) mod._bs_text_field_key(index, e.shiftKey ? KEY_SHIFT_ENTER : KEY_ENTER);
          // Leaving closes a phone's keyboard; after a search the list takes j/k.
          if (spec.name !== 'find') toCanvas();
        }
      });
      return field;
    });

    function forwardToCanvas(e) {
      const copy = e.type === 'wheel' ? new WheelEvent(e.type, e) : new MouseEvent(e.type, e);
      if (!canvas.dispatchEvent(copy)) e.preventDefault();
    }

    function toCanvas() {
      canvas.focus({ preventScroll: true });
    }

    // A tap or click on the canvas leaves the input (touch events on the
    // canvas are prevented, so the browser would not move focus by itself,
    // and a phone's keyboard would stay up).
    canvas.addEventListener('pointerdown', () => {
      if (fields.some((f) => f.el === document.activeElement)) toCanvas();
    });

    function ours(el) { return fields.find((f) => f.el === el); }

    function insertAtCaret(field, text) {
      const el = field.el;
      // execCommand keeps the browser's undo history; setRangeText is the fallback.
      let done = false;
      try { done = document.execCommand('insertText', false, text); } catch { done = false; }
      if (!done) {
        el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
      }
      field.send();
    }

    return {
      // C++ (WebTextInputs::publish): where the field's frame is, in CSS px from the
      // canvas's top left, and the visible part of its window.
      place(index, visible, x, y, w, h, cx0, cy0, cx1, cy1, fontSize, padX) {
        const { el } = fields[index];
        const hide = !visible || cx1 <= x || cy1 <= y || cx0 >= x + w || cy0 >= y + h;
        if (hide) {
          if (el === document.activeElement) toCanvas();
          el.hidden = true;
          return;
        }
        const s = el.style;
        s.left = (canvas.offsetLeft + x) + 'px';
        s.top = (canvas.offsetTop + y) + 'px';
        s.width = w + 'px';
        s.height = h + 'px';
        s.fontSize = fontSize + 'px';
        s.padding = '0 ' + padX + 'px';
        const top = Math.max(0, cy0 - y), left = Math.max(0, cx0 - x);
        const bottom = Math.max(0, y + h - cy1), right = Math.max(0, x + w - cx1);
        s.clipPath = top || left || bottom || right ? `inset(${top}px ${right}px ${bottom}px ${left}px)` : '';
        el.hidden = false;
      },
      // The app changed the text (not the input): show it.
      setText(index, text) {
        const field = fields[index];
        field.sent = text;
        if (field.el.value !== text) field.el.value = text;
      },
      focus(index, selectAll) {
        const { el } = fields[index];
        if (el.hidden) return;
        el.focus({ preventScroll: true });
        if (selectAll) el.select();
      },
      setColors(text, hint, selection) {
        layer.style.setProperty('--bs-text', rgba(text));
        layer.style.setProperty('--bs-hint', rgba(hint));
        layer.style.setProperty('--bs-selection', rgba(selection));
      },
      // The page's paste event (web/bridge.js). Returns true when it is
      // handled: a paste into one of our inputs (the browser's own, or at the
      // caret for a paste event sent to the document), or into any other
      // editable element (left to the browser).
      paste(event, text) {
        const active = document.activeElement;
        const field = ours(active);
        if (!field) return isEditable(active);
        if (event.isTrusted && event.target === active) return true;  // the browser inserts it
        event.preventDefault();
        insertAtCaret(field, text);
        return true;
      },
      // A paste with no field focused is a search: the text goes after the
      // query, the search box takes the keyboard with the caret at the end.
      pasteIntoSearch(text) {
        const field = fields[0];
        const el = field.el;
        el.value += text;
        field.send();
        if (!el.hidden) {
          el.focus({ preventScroll: true });
          el.setSelectionRange(el.value.length, el.value.length);
        }
      },
      elements: () => fields.map((f) => f.el),
    };
  }

  window.BroadsheetTextInputs = { create };
})();
