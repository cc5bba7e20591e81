(function () {
  // Outline every segment of the evidence named in the URL (#ev-F-I); a click on a segment opens its row.
  function mark() {
    document.querySelectorAll('.seg.hit').forEach(function (e) { e.classList.remove('hit'); });
    var m = /^#(?:ev|row)-(\d+-\d+)$/.exec(location.hash);
    if (m) {
      document.querySelectorAll('.seg[data-ev~="' + m[1] + '"]').forEach(function (e) { e.classList.add('hit'); });
    }
  }
  document.addEventListener('click', function (event) {
    var seg = event.target.closest ? event.target.closest('.seg') : null;
    if (seg) {
      location.hash = '#row-' + seg.getAttribute('data-ev').split(' ')[0];
    }
  });
  window.addEventListener('hashchange', mark);
  mark();
})();
