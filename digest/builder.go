package digest

import (
	"context"
	"encoding/json"
	"time"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Store is what a digest is read from and kept in (postgres.BotStore,
// sqlite.BotStore).
type Store interface {
	LatestRatings(ctx context.Context) (map[catalogs.Key]int, error)
	SystemRatings(ctx context.Context) (map[bot.SystemKey]bot.Rating, error)
	// CheckinStats counts unfinished check-ins, and those past their due
	// date at now, per framework.
	CheckinStats(ctx context.Context, now time.Time) (open, overdue map[catalogs.FrameworkID]int, err error)
	PendingDrafts(ctx context.Context) (map[catalogs.FrameworkID]int, error)
	RolloutStats(ctx context.Context) (bot.RolloutStats, error)
	SaveDigest(ctx context.Context, program string, slot *time.Time, snapshot []byte) (bool, error)
	LastDigest(ctx context.Context, program string) ([]byte, bool, error)
	// SetDigestPost records where the newest digest was posted;
	// LastDigestPost reads where the newest posted one is (App Home links it).
	SetDigestPost(ctx context.Context, program string, ch bot.ChannelID, ts string) error
	LastDigestPost(ctx context.Context, program string) (bot.ChannelID, string, time.Time, bool, error)
	HasDigest(ctx context.Context, program string, slot time.Time) (bool, error)
	// Digest returns a kept digest by id, or the newest when id is 0.
	Digest(ctx context.Context, id int64) ([]byte, bool, error)
	ReviewCounts(ctx context.Context) (reviewed, changed map[catalogs.FrameworkID]int, err error)
}

// Builder computes, keeps and posts digests.
type Builder struct {
	Store Store
	Set   func() *catalogs.Set
	Bot   *bot.Bot // owners, and the chat to post in
	Now   func() time.Time
}

func (b *Builder) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// Build computes the digest now, against the last stored one.
func (b *Builder) Build(ctx context.Context, p *program.Program) (*Snapshot, error) {
	const op = "digest.Build"
	in := Inputs{Program: p, Set: b.Set(), At: b.now()}
	var err error
	if in.Ratings, err = b.Store.LatestRatings(ctx); err != nil {
		return nil, err
	}
	if in.SystemRatings, err = b.Store.SystemRatings(ctx); err != nil {
		return nil, err
	}
	if in.Open, in.Overdue, err = b.Store.CheckinStats(ctx, in.At); err != nil {
		return nil, err
	}
	if in.Pending, err = b.Store.PendingDrafts(ctx); err != nil {
		return nil, err
	}
	if in.Reviewed, in.Changed, err = b.Store.ReviewCounts(ctx); err != nil {
		return nil, err
	}
	if prev, ok, err := b.Store.LastDigest(ctx, p.Name); err != nil {
		return nil, err
	} else if ok {
		in.Previous = &Snapshot{}
		if err := json.Unmarshal(prev, in.Previous); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "reading the last digest")
		}
	}
	if b.Bot != nil {
		ownerOf, err := b.Bot.Owners(ctx, p)
		if err != nil {
			return nil, err
		}
		in.Owner = func(k catalogs.Key) string {
			u, _ := ownerOf(k)
			return string(u)
		}
	}
	s := Compute(in)
	if !s.AnyRated() {
		// Nothing rated yet: a kickoff, not a digest of empty figures.
		r, err := b.Store.RolloutStats(ctx)
		if err != nil {
			return nil, err
		}
		s.Kickoff = &Kickoff{Sent: r.Sent, Owners: r.Owners, Waiting: r.Waiting, DueBy: r.DueBy, TimeZone: p.TimeZone.String()}
	}
	return s, nil
}

// Keep stores a digest; with a slot, only the first for that slot is kept
// (false for the others).
func (b *Builder) Keep(ctx context.Context, s *Snapshot, slot *time.Time) (bool, error) {
	raw, err := json.Marshal(s)
	if err != nil {
		return false, errs.Wrap("digest.Keep", errs.Internal, err, "encoding")
	}
	return b.Store.SaveDigest(ctx, s.Program, slot, raw)
}

// Post shares the charts, then the digest, in a channel: maturity by
// group, and maturity over time once there are two digests to compare.
// Before anything is rated it posts the kickoff alone.
func (b *Builder) Post(ctx context.Context, p *program.Program, ch bot.ChannelID, s *Snapshot) error {
	if s.Kickoff != nil {
		ts, err := b.Bot.Chat.Post(ctx, ch, "", s.KickoffMessage())
		if err != nil {
			return err
		}
		return b.Store.SetDigestPost(ctx, s.Program, ch, ts)
	}
	day := s.At.Format("2006-01-02")
	png, err := s.Chart(p.Scale.Max())
	if err != nil {
		return err
	}
	if err := b.Bot.Chat.Upload(ctx, ch, "maturity-"+day+".png", "Maturity by group against target (bars labelled rated/applicable; shaded: unrated)", png); err != nil {
		return err
	}
	if s.TrendDates() > 1 {
		png, err := s.TrendChart(p.Scale.Max())
		if err != nil {
			return err
		}
		if err := b.Bot.Chat.Upload(ctx, ch, "maturity-trend-"+day+".png", "Maturity over time per framework", png); err != nil {
			return err
		}
	}
	ts, err := b.Bot.Chat.Post(ctx, ch, "", s.Message())
	if err != nil {
		return err
	}
	// App Home links to it.
	return b.Store.SetDigestPost(ctx, s.Program, ch, ts)
}

// Scheduled posts the digest for the schedule's current slot, once across
// replicas: it reports whether this call posted it.
func (b *Builder) Scheduled(ctx context.Context, p *program.Program, slot time.Time) (bool, error) {
	if p.Digest == "" {
		return false, nil
	}
	slot = slot.UTC()
	if done, err := b.Store.HasDigest(ctx, p.Name, slot); err != nil || done {
		return false, err
	}
	s, err := b.Build(ctx, p)
	if err != nil {
		return false, err
	}
	if first, err := b.Keep(ctx, s, &slot); err != nil || !first {
		return false, err
	}
	return true, b.Post(ctx, p, p.Digest, s)
}
