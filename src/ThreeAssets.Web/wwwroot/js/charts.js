// Village charts: data from the page's JSON block; every number is also in the table under each chart.
(function () {
    "use strict";
    var source = document.getElementById("chart-data");
    if (!source || !window.Chart) return;
    var data = JSON.parse(source.textContent);
    // Series differ by more than colour: the second is hatched.
    function hatch(color) {
        var c = document.createElement("canvas");
        c.width = c.height = 8;
        var g = c.getContext("2d");
        g.strokeStyle = color; g.lineWidth = 2;
        g.beginPath(); g.moveTo(0, 8); g.lineTo(8, 0); g.stroke();
        return g.createPattern(c, "repeat");
    }
    var colors = ["#0b5cad", "#b3261e"];
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var d = data[canvas.getAttribute("data-chart")];
        if (!d) return;
        new window.Chart(canvas, {
            type: "bar",
            data: {
                labels: d.labels,
                datasets: d.series.map(function (s, i) {
                    return { label: s.label, data: s.data, borderColor: colors[i], borderWidth: 2,
                             backgroundColor: i === 0 ? colors[0] : hatch(colors[1]) };
                })
            },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                scales: { y: { beginAtZero: true } },
                plugins: { legend: { display: d.series.length > 1 } }
            }
        });
    });
})();
