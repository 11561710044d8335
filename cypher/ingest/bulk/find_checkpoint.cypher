// Where an interrupted bulk import of a file stopped: the part and line last written, if the file is unchanged.
// Parameters: $file, $fingerprint
MATCH (p:ImportCheckpoint {file: $file})
WHERE p.fingerprint = $fingerprint
RETURN p.part AS part, p.line AS line
