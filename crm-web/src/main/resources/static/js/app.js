// htmx requests carry the CSRF token of the page; the pages themselves work without JavaScript.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
// Forms that destroy something ask first (data-confirm="…").
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// A form whose data-confirm question was accepted tells the server, which then skips its own
// confirmation page (the step that asks people without JavaScript).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!event.defaultPrevented && form.hasAttribute('data-confirm') && !form.querySelector('input[name="confirmed"]')) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'confirmed';
    input.value = 'true';
    form.appendChild(input);
  }
});
