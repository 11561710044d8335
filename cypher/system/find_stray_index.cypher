// Whether an index of this name exists that no constraint owns: what a crash while a constraint was being created
// leaves behind, which then blocks CREATE CONSTRAINT ... IF NOT EXISTS of the same name.
// Parameters: $name
SHOW INDEXES YIELD name, owningConstraint
WHERE name = $name AND owningConstraint IS NULL
RETURN name
