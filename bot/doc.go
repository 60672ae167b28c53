// Package bot is Assay's chat side, independent of any chat platform: the
// check-in, answer, review, slash-command and home flows, written against a
// small Chat interface and chat-neutral messages. bot/slack renders them as
// Block Kit over Socket Mode or the HTTP Events API; bot/shell renders them
// as text in a terminal, for trying Assay without a workspace and for tests.
//
// Every handler is idempotent: chat platforms deliver at least once and
// people double-click. A decision taken twice is refused with a message,
// never applied twice.
//
// The bot reads and decides ratings through assessor.Service, and keeps
// check-ins, review posts and assignments in a Store: postgres.BotStore
// and sqlite.BotStore implement it, held to one contract by bot/storetest.
package bot
