// The dashboards' charts: each element with data-chart (type, name, labels, values, links;
// a stack also series: [{ name, values }])
// becomes an ECharts chart of the numbers the table under it holds; a bar or slice with a
// link opens the list it summarises. Without JavaScript (or ECharts) the tables remain.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    if (!spec.values || spec.values.length === 0) {
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var option;
    if (spec.type === 'pie') {
      option = {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', name: spec.name, radius: '65%',
          data: spec.labels.map(function (label, i) { return { name: label, value: spec.values[i] }; }) }]
      };
    } else if (spec.type === 'stack') {
      // stacked bars: a column per label, a series (a colour) per part
      option = {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 32, bottom: 48, containLabel: true },
        xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value' },
        series: spec.series.map(function (s) {
          return { type: 'bar', stack: 'all', name: s.name, data: s.values.map(Number) };
        })
      };
    } else {
      option = {
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', name: spec.name, data: spec.values.map(Number) }]
      };
    }
    // a working tool: the figures at once, without animation
    option.animation = false;
    // no background rectangle: the SVG renderer gives each one id="0", the same in every chart of the page
    option.backgroundColor = 'none';
    chart.setOption(option);
    if (spec.links) {
      chart.on('click', function (params) {
        var link = spec.links[params.dataIndex];
        if (link) {
          window.location.href = link;
        }
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
