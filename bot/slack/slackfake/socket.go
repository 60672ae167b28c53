package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Socket Mode: apps.connections.open hands out this server's /socket
// address; each connection is greeted with "hello" and then receives the
// envelopes a test sends. Acknowledgements are collected by envelope id.

type socketState struct {
	write  sync.Mutex // one envelope written at a time
	mu     sync.Mutex
	conns  []*websocket.Conn
	acks   map[string]json.RawMessage
	nextID int
	opened int
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	st := s.sock()
	// Greet before the connection is shared, so writes never overlap.
	conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}})
	st.mu.Lock()
	st.conns = append(st.conns, conn)
	st.opened++
	st.mu.Unlock()
	for {
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if err := conn.ReadJSON(&ack); err != nil {
			return
		}
		st.mu.Lock()
		st.acks[ack.EnvelopeID] = ack.Payload
		st.mu.Unlock()
	}
}

func (s *Server) sock() *socketState {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.socket == nil {
		s.socket = &socketState{acks: map[string]json.RawMessage{}}
	}
	return s.socket
}

// SocketConnections is how many Socket Mode connections were opened.
func (s *Server) SocketConnections() int {
	st := s.sock()
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.opened
}

// Envelope sends a Socket Mode envelope (events_api, interactive,
// slash_commands) on the newest connection and waits for its ack, whose
// payload it returns ("null" when the ack carried none).
func (s *Server) Envelope(kind string, payload any) (json.RawMessage, error) {
	st := s.sock()
	deadline := time.Now().Add(10 * time.Second)
	for {
		st.mu.Lock()
		n := len(st.conns)
		st.mu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("no Socket Mode connection")
		}
		time.Sleep(10 * time.Millisecond)
	}
	st.mu.Lock()
	st.nextID++
	id := fmt.Sprintf("env-%d", st.nextID)
	conn := st.conns[len(st.conns)-1]
	st.mu.Unlock()
	p, _ := json.Marshal(payload)
	st.write.Lock()
	defer st.write.Unlock()
	if err := conn.WriteJSON(map[string]any{"envelope_id": id, "type": kind, "payload": json.RawMessage(p), "accepts_response_payload": kind != "events_api"}); err != nil {
		return nil, err
	}
	for time.Now().Before(deadline) {
		st.mu.Lock()
		ack, ok := st.acks[id]
		st.mu.Unlock()
		if ok {
			return ack, nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return nil, fmt.Errorf("envelope %s was not acknowledged", id)
}
