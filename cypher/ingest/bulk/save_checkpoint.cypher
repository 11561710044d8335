// Record, in the transaction of the batch it follows, how far a bulk import of a file has come.
// Parameters: $file (the file's path), $fingerprint (size and modification time: a changed file starts over),
//   $part (the entry of a zip file, else null), $line (the last line of that part written)
MERGE (p:ImportCheckpoint {file: $file})
SET p.fingerprint = $fingerprint, p.part = $part, p.line = $line, p.updatedAt = datetime()
