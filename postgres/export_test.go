package postgres

// VectorSQL exposes Vector's query, so tests can check the HNSW index
// serves it.
var VectorSQL = vectorSQL
