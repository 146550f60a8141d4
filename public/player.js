// Ensemble story player: progressive enhancement of the native <video> and its transcript.
// Without this script the video plays with captions and the transcript reads as a list.
(function () {
  'use strict';
  var video = document.querySelector('video[data-player]');
  if (!video) return;

  // Visitors who asked to save data get the light rendition whatever their screen.
  var connection = navigator.connection;
  var light = video.getAttribute('data-light');
  if (light && connection && connection.saveData) {
    video.src = light;
  }

  var list = document.querySelector('[data-transcript]');
  if (!list) return;
  var lines = Array.prototype.slice.call(list.querySelectorAll('li[data-start]'));
  var label = list.getAttribute('data-seek-label') || '{time}';
  var current = null;

  lines.forEach(function (line) {
    var time = line.querySelector('time');
    if (!time) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'transcript__seek';
    button.textContent = time.textContent;
    button.setAttribute('aria-label', label.replace('{time}', time.textContent));
    button.addEventListener('click', function () {
      video.currentTime = Number(line.getAttribute('data-start')) + 0.01;
      highlight();
      var played = video.play();
      if (played && played.catch) played.catch(function () { /* the visitor can press play */ });
    });
    time.replaceWith(button);
  });

  function highlight() {
    var t = video.currentTime;
    var found = null;
    for (var i = 0; i < lines.length; i++) {
      var start = Number(lines[i].getAttribute('data-start'));
      var end = Number(lines[i].getAttribute('data-end'));
      if (t >= start && t < end) { found = lines[i]; break; }
    }
    if (found === current) return;
    if (current) { current.classList.remove('is-current'); current.removeAttribute('aria-current'); }
    current = found;
    if (current) { current.classList.add('is-current'); current.setAttribute('aria-current', 'true'); }
  }

  video.addEventListener('timeupdate', highlight);
  video.addEventListener('seeked', highlight);
})();
