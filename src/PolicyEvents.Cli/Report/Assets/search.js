// The statement search of a policyevents report: plain JavaScript, no network. Without JavaScript the page lists every
// statement; with it, the search box keeps the statements that hold every word typed (case and curly quotes ignored).
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var list = document.getElementById('statements');
  var status = document.getElementById('search-status');
  if (!form || !input || !list || !status) {
    return;
  }
  function normalize(text) {
    return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
  }
  var items = Array.prototype.slice.call(list.children);
  var texts = items.map(function (item) { return normalize(item.textContent || ''); });
  function apply() {
    var words = normalize(input.value).split(' ').filter(function (word) { return word.length > 0; });
    var shown = 0;
    items.forEach(function (item, index) {
      var match = words.every(function (word) { return texts[index].indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    status.textContent = words.length === 0
      ? items.length + ' statements.'
      : shown + ' of ' + items.length + ' statements hold ' + words.map(function (w) { return '\u201c' + w + '\u201d'; }).join(' and ') + '.';
  }
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  input.addEventListener('input', apply);
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
  }
  apply();
}());
