// Record that an upgrade of the graph model is done, so that it never runs again on this store.
// Parameters: $name
MERGE (u:Upgrade {name: $name})
  ON CREATE SET u.at = datetime()
