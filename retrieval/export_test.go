package retrieval

// DeadChunks reports how many of the index's chunks are dead (replaced or
// removed, awaiting compaction), of how many it holds.
func (x *MemIndex) DeadChunks() (dead, total int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.st == nil {
		return 0, 0
	}
	return x.st.ndead, len(x.st.docs)
}
