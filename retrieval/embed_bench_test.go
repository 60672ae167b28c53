package retrieval

import (
	"context"
	"testing"
)

// BenchmarkOfflineEmbed measures the offline embedder over the built-in
// corpus's chunks (ingest throughput target: 1,000 chunks/s overall).
func BenchmarkOfflineEmbed(b *testing.B) {
	docs, err := BuiltinDocuments()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, d := range docs {
		for _, c := range Chunk(d, DefaultChunking) {
			texts = append(texts, c.EmbedText())
		}
	}
	emb := NewOffline(384, nil)
	emb.Embed(context.Background(), texts[:1]) // build the IDF table outside the timing
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		emb.Embed(context.Background(), []string{t})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "chunks/s")
}
