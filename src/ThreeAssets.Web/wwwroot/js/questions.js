// Live character count for the question box; without JavaScript the hint and the server's message do the job.
(function () {
  document.querySelectorAll('textarea[data-counter]').forEach(function (box) {
    var out = document.getElementById(box.getAttribute('data-counter'));
    var max = parseInt(box.getAttribute('maxlength'), 10);
    if (!out || !max) return;
    var english = document.documentElement.lang === 'en';
    function update() {
      var left = max - box.value.length;
      out.textContent = english ? box.value.length + ' written, ' + left + ' left' : '已写 ' + box.value.length + ' 字，还能写 ' + left + ' 字';
    }
    box.addEventListener('input', update);
    update();
  });
})();
