// A bulk import of a file has finished: the next import of it reads it whole again (and adds only what is new).
// Parameters: $file
MATCH (p:ImportCheckpoint {file: $file})
DELETE p
