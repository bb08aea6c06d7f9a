package repository

import (
	"database/sql"
	"os"
	t "time"

	_ "github.com/lib/pq"
)

const (
	maxOpen = 50
	maxIdle = maxOpen / 5
	life    = t.Duration(30) * t.Minute
)

func Open() (*sql.DB, error) {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(maxOpen)
	db.SetMaxIdleConns(maxIdle)
	db.SetConnMaxLifetime(life)
	db.SetConnMaxIdleTime(5 * t.Minute)
	return db, nil
}
