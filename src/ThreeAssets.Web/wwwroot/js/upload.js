// Upload page: adds drag and drop and a real progress bar to the plain multipart form.
// Without this script the form posts as usual; with it the same endpoint gets the same fields.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('[data-drop-zone]');
  var progress = form.querySelector('.upload-progress');
  var bar = progress.querySelector('progress');
  var text = progress.querySelector('[data-progress-text]');
  var failed = form.querySelector('[data-upload-failed]');
  var button = form.querySelector('button[type=submit]');

  zone.querySelector('.drop-hint').hidden = false;
  ['dragenter', 'dragover'].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove('dragging'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) input.files = e.dataTransfer.files;
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (p) {
      if (!p.lengthComputable) return;
      var percent = Math.round(p.loaded * 100 / p.total);
      bar.value = percent;
      text.textContent = percent + '%';
    });
    xhr.addEventListener('load', function () {
      // Success redirects to the report page; refusals come back as the form with its messages.
      if (xhr.status < 400 && xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL);
        return;
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
      // A written document may skip autofocus: move focus to the error summary as a page load would.
      var summary = document.querySelector('.error-summary');
      if (summary) summary.focus();
    });
    xhr.addEventListener('error', function () {
      progress.hidden = true;
      failed.hidden = false;
      button.disabled = false;
    });
    failed.hidden = true;
    progress.hidden = false;
    bar.value = 0;
    text.textContent = '0%';
    button.disabled = true;
    xhr.send(new FormData(form));
  });
})();
