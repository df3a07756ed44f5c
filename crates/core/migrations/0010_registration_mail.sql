-- The registrant's time zone (from the form), and what became of the site's last mail about the registration: the
-- organisers see a mail that failed, and why. Fields like any other, so they sync.
ALTER TABLE registrations ADD COLUMN time_zone TEXT;
ALTER TABLE registrations ADD COLUMN mail TEXT;
