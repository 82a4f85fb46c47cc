// Sorts a table by the column whose heading is clicked, ascending then descending: numbers by
// value (a cell's data-sort), text in the browser's collation; empty cells go last.
(function () {
  "use strict";
  function sortBy(table, column, heading) {
    var numeric = heading.getAttribute("data-type") === "number";
    var descending = heading.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[column];
      return cell ? cell.getAttribute("data-sort") || "" : "";
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === "" || y === "") { return (x === "") - (y === ""); }
      var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, undefined, { numeric: true });
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(heading.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, column) {
      heading.addEventListener("click", function () { sortBy(table, column, heading); });
    });
  });
})();
