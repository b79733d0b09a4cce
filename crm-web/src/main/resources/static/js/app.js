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
// A form's error summary takes the focus (autofocus covers a page load; this, an htmx swap),
// and its links go to their fields also where the id is not the field's name (radio groups).
function focusErrorSummary(root) {
  var summary = root.querySelector('.form-summary');
  if (summary) {
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', function () { focusErrorSummary(document); });
document.addEventListener('htmx:afterSwap', function (event) { focusErrorSummary(event.target); });
document.addEventListener('click', function (event) {
  var link = event.target.closest('.form-summary a[data-field]');
  if (!link) {
    return;
  }
  var field = document.getElementById(link.getAttribute('href').substring(1))
      || document.getElementsByName(link.getAttribute('data-field'))[0];
  if (field) {
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }
});
// Dates are typed as yyyy-MM-dd (fragments/forms :: dateField), dates and times as yyyy-MM-dd HH:mm
// (dateTimeField); a button beside each opens the browser's own picker and writes the choice back in
// that form (the picker's value has a T between day and time).
var PICKERS = [
  { selector: 'input.date-input', type: 'date', label: 'huike-date-pick', shape: /^\d{4}-\d{2}-\d{2}$/ },
  { selector: 'input.datetime-input', type: 'datetime-local', label: 'huike-datetime-pick', shape: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/ }
];
function addDatePickers(root) {
  PICKERS.forEach(function (kind) { addPickers(root, kind); });
}
function addPickers(root, kind) {
  root.querySelectorAll(kind.selector + ':not([data-picker])').forEach(function (input) {
    var picker = document.createElement('input');
    picker.type = kind.type;
    if (picker.type !== kind.type || typeof picker.showPicker !== 'function') {
      return;
    }
    input.setAttribute('data-picker', 'true');
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    picker.className = 'date-picker-native';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary date-picker';
    button.textContent = '\uD83D\uDCC5';
    var label = document.querySelector('meta[name="' + kind.label + '"]');
    button.setAttribute('aria-label', label ? label.content : '');
    button.addEventListener('click', function () {
      picker.value = kind.shape.test(input.value) ? input.value.replace(' ', 'T') : '';
      picker.showPicker();
    });
    picker.addEventListener('change', function () {
      input.value = picker.value.replace('T', ' ').substring(0, 16);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    var group = document.createElement('span');
    group.className = 'date-picker-group';
    input.after(group);
    group.append(button, picker);
  });
}
document.addEventListener('DOMContentLoaded', function () { addDatePickers(document); });
document.addEventListener('htmx:afterSwap', function (event) { addDatePickers(event.target); });
// A table's "select all" box (fragments/forms :: selectAll) ticks every row box of its name in that
// table; it is hidden where this script does not run.
function showSelectAll(root) {
  root.querySelectorAll('input[data-select-all]').forEach(function (box) { box.hidden = false; });
}
document.addEventListener('DOMContentLoaded', function () { showSelectAll(document); });
document.addEventListener('htmx:afterSwap', function (event) { showSelectAll(event.target); });
document.addEventListener('change', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('input[data-select-all]')) {
    return;
  }
  var table = box.closest('table');
  var name = box.getAttribute('data-select-all');
  (table || document).querySelectorAll('input[type="checkbox"]').forEach(function (row) {
    if (row.name === name) {
      row.checked = box.checked;
    }
  });
});
