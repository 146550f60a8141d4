// Ensemble back office: progress and a drop cue for the media library's upload form.
// Progressive enhancement only: without this script the form posts as a plain multipart form.
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type="file"]');
  var button = form.querySelector('button[type="submit"]');
  var progress = form.querySelector('progress');
  var status = form.querySelector('[data-upload-status]');
  var alert = form.querySelector('[data-upload-error]');
  if (!input || !button || !progress || !status || !alert) return;

  function message(name, percent) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{percent}', String(percent));
  }

  // The labelled file input is the drop zone: browsers put a dropped file into it themselves.
  // The script only shows that a drop will land there.
  ['dragenter', 'dragover'].forEach(function (type) {
    input.addEventListener(type, function () { input.classList.add('is-dragging'); });
  });
  ['dragleave', 'dragend', 'drop'].forEach(function (type) {
    input.addEventListener(type, function () { input.classList.remove('is-dragging'); });
  });

  form.addEventListener('submit', function (event) {
    // No file chosen: let the form post, and the server say what is missing.
    if (!input.files || input.files.length === 0) return;
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    var announced = -1;
    xhr.open('POST', form.action);
    xhr.responseType = 'document';
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.floor((e.loaded / e.total) * 100);
      progress.hidden = false;
      progress.value = percent;
      // Screen readers hear every quarter, not every percent.
      var quarter = Math.floor(percent / 25);
      if (quarter !== announced) {
        announced = quarter;
        status.textContent = message('progress', percent);
      }
    });
    xhr.upload.addEventListener('load', function () {
      progress.value = 100;
      status.textContent = message('processing', 100);
    });
    xhr.addEventListener('load', function () {
      if (xhr.status >= 200 && xhr.status < 300 && xhr.responseURL) {
        window.location.assign(xhr.responseURL);
        return;
      }
      // A refusal: the page the server answered with says why, in the editor's language.
      var refusal = xhr.response && xhr.response.querySelector('.form-message--error');
      finish(refusal ? refusal.textContent : message('failed', 0));
    });
    xhr.addEventListener('error', function () { finish(message('failed', 0)); });
    xhr.addEventListener('abort', function () { finish(message('failed', 0)); });
    alert.textContent = '';
    button.disabled = true;
    xhr.send(new FormData(form));
  });

  function finish(text) {
    button.disabled = false;
    progress.hidden = true;
    status.textContent = '';
    alert.textContent = text;
    input.focus();
  }
})();
