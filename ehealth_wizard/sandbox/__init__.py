"""The embedded local eHealth: same HTTP API, plus ЄДР, a test QTSP and a mailbox. No Qt."""
