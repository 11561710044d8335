// Has this store had a given upgrade of its graph model? An upgrade is recorded once it is done (save_upgrade).
// Parameters: $name
// Example: {name: 'tally-links'}
OPTIONAL MATCH (u:Upgrade {name: $name})
RETURN u IS NOT NULL AS done, EXISTS { MATCH (:Claim) } AS claims
