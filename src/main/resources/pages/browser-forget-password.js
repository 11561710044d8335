// Loaded by Neo4j Browser's page before the Browser itself. The Browser reads the connection Entente's /browser/ page
// left in local storage once, at start, and connects with it; whenever it saves its state afterwards, this keeps the
// password out of what is saved, so it does not stay in the analyst's browser profile. (Neo4j Browser would keep it:
// the setting that tells it not to, browser.retain_connection_credentials, is not in Neo4j's community edition.)
(function () {
  var setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (this === window.localStorage && key === 'neo4j.connections') {
      try {
        var state = JSON.parse(value);
        Object.keys(state.connectionsById || {}).forEach(function (id) { state.connectionsById[id].password = ''; });
        value = JSON.stringify(state);
      } catch (e) {
        value = '{}';
      }
    }
    return setItem.call(this, key, value);
  };
})();
