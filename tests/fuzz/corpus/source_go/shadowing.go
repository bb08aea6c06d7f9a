package db

import (
	"database/sql"
	"time"
)

const maxOpen = 50

func Open(db *sql.DB, readDB *sql.DB, maxIdle int) {
	db.SetMaxOpenConns(maxOpen)
	db.SetMaxIdleConns(maxIdle)
	if n := 5; n > 0 {
		maxOpen := n
		readDB.SetMaxOpenConns(maxOpen)
	}
	var lifetime = 30 * time.Minute
	const idle = 5 * time.Minute
	for i, v := range []int{1} {
		_ = i + v
	}
	readDB.SetConnMaxLifetime(lifetime)
	readDB.SetConnMaxIdleTime(idle)
	func(maxOpen int) { db.SetMaxOpenConns(maxOpen) }(3)
}
