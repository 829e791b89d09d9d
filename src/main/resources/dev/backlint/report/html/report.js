// Filters and sorts the findings' table. It reads the page and changes classes and
// order; nothing it handles is run or parsed as markup. The address may preset the view:
// #rule=sql-injection&level=error&q=orders&sort=-level&open=all
(function () {
  'use strict';
  var body = document.body;
  var tbody = document.querySelector('#findings tbody');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tr.finding'));
  var text = document.getElementById('filter');
  var level = document.getElementById('level');
  var rule = document.getElementById('rule');
  var shown = document.getElementById('shown');
  var expand = document.getElementById('expand');
  var headers = Array.prototype.slice.call(document.querySelectorAll('#findings th'));
  var allOpen = false;

  function detail(row) {
    var next = row.nextElementSibling;
    return next && next.classList.contains('detail') ? next : null;
  }

  function apply() {
    var wanted = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var visible = (!level.value || row.dataset.level === level.value)
          && (!rule.value || row.dataset.rule === rule.value)
          && (!wanted || (row.textContent + ' ' + (detail(row) ? detail(row).textContent : ''))
              .toLowerCase().indexOf(wanted) >= 0);
      row.hidden = !visible;
      var more = detail(row);
      if (more) {
        more.hidden = !visible || !(allOpen || row.classList.contains('open'));
      }
      if (visible) {
        count++;
      }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
    body.dataset.shown = String(count);
  }

  function value(row, key) {
    switch (key) {
      case 'level': return -Number(row.dataset.rank);
      case 'rule': return row.dataset.rule;
      case 'message': return row.cells[3].textContent;
      default: return null;
    }
  }

  function compare(a, b, key) {
    if (key === 'location') {
      return a.dataset.path < b.dataset.path ? -1 : a.dataset.path > b.dataset.path ? 1
          : Number(a.dataset.line) - Number(b.dataset.line) || Number(a.dataset.order) - Number(b.dataset.order);
    }
    var x = value(a, key);
    var y = value(b, key);
    if (x < y) return -1;
    if (x > y) return 1;
    return Number(a.dataset.order) - Number(b.dataset.order);
  }

  function sort(key, descending) {
    rows.sort(function (a, b) {
      return descending ? compare(b, a, key) : compare(a, b, key);
    });
    rows.forEach(function (row) {
      var more = detail(row);
      tbody.appendChild(row);
      if (more) {
        tbody.appendChild(more);
      }
    });
    headers.forEach(function (th) {
      th.setAttribute('aria-sort', th.dataset.key === key ? (descending ? 'descending' : 'ascending') : 'none');
    });
    body.dataset.sort = (descending ? '-' : '') + key;
  }

  headers.forEach(function (th) {
    th.addEventListener('click', function () {
      sort(th.dataset.key, th.getAttribute('aria-sort') === 'ascending');
    });
  });
  rows.forEach(function (row) {
    function toggle() {
      row.classList.toggle('open');
      apply();
    }
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  });
  [text, level, rule].forEach(function (control) {
    control.addEventListener('input', apply);
    control.addEventListener('change', apply);
  });
  expand.addEventListener('click', function () {
    allOpen = !allOpen;
    expand.textContent = allOpen ? 'Hide details' : 'Show all details';
    apply();
  });

  var preset = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (preset.get('q')) text.value = preset.get('q');
  if (preset.get('level')) level.value = preset.get('level');
  if (preset.get('rule')) rule.value = preset.get('rule');
  if (preset.get('open') === 'all') {
    allOpen = true;
    expand.textContent = 'Hide details';
  }
  var order = preset.get('sort');
  if (order) {
    sort(order.replace(/^-/, ''), order.charAt(0) === '-');
  }
  apply();
  body.dataset.ready = 'true';
})();
