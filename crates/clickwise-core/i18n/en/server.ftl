# The class server's pages for teachers (and the printed pages for pupils and parents).
# Welsh beside it in ../cy/server.ftl: every key in both, with the same variables.

## The page frame

page-title = { $title } · Clickwise for teachers
skip-to-content = Skip to the content
brand-for-teachers = for teachers
signed-in-as = Signed in as { $email }
sign-out = Sign out

## Error pages

error-title = Something went wrong
error-sorry = Sorry
error-back-to-classes = Back to your classes
error-database-busy = The database is busy or unavailable just now. Please try again in a moment.
error-not-found = There is no such page, or it belongs to another teacher.
error-form-expired = That form has expired. Go back, reload the page and try again.
error-form-unreadable = That form couldn't be read. Please try again.
error-language-unknown = Please choose English or Cymraeg.
error-back-off-site = That form asked to go back to a page that isn't on this site.

## Signing up and in

sign-up-title = Create a teacher account
sign-up-button = Create account
sign-in-title = Sign in
sign-in-button = Sign in
sign-in-email = School email address
sign-in-password = Password
sign-up-password = Password (at least { $min } characters)
sign-up-have-account = Already have an account?
sign-up-privacy = Clickwise keeps your email and a scrambled (hashed) password. Pupils never give their names: they use the nickname cards you print.
sign-in-new-here = New here?
sign-in-expired = That form had expired. Please try again.
sign-up-too-many = Too many new accounts from here. Please try again later.
sign-up-bad-email = Please give a full email address.
sign-up-short-password = Please choose a password of at least { $min } characters.
sign-up-not-stored = The password couldn't be stored. Please try again.
sign-up-taken = There is already an account for that email. Sign in instead.
sign-in-too-many = Too many tries. Please wait a minute and try again.
sign-in-no-match = That email and password don't match an account.

## Names: age groups, topics, the strands of Education for a Connected World

phase-Ks1 = Ages 4 to 7
phase-LowerKs2 = Ages 7 to 9
phase-UpperKs2 = Ages 9 to 11
topic-StopThinkClick = Stop, Think, Click
topic-OnlineFriends = Online friends
topic-Privacy = Keeping things private
topic-Reporting = Telling and reporting
topic-Passwords = Passwords
topic-Kindness = Being kind online
topic-Information = True or not?
topic-Wellbeing = Healthy screen time
topic-Copyright = Who made it?
topic-Shopping = Pop-ups and buying
topic-Images = Photos and pictures
topic-Identity = Who am I online?
strand-si = Self-image and identity
strand-or = Online relationships
strand-rep = Online reputation
strand-ob = Online bullying
strand-ms = Managing online information
strand-hw = Health, well-being and lifestyle
strand-pi = Privacy and security
strand-co = Copyright and ownership
strand-other = Other
status-Secure = Secure
status-WorkingTowards = Working towards
status-short-secure = S
status-short-towards = WT
change-Better = Better
change-Same = The same
change-Lower = Lower
efcw-name = Education for a Connected World
dcf-name = Digital Competence Framework
dcf-citizenship = Digital Competence Framework: Citizenship

## Words used on many pages

save = Save
cancel = Cancel
all-classes = All classes
not-started = not started
not-started-heading = Not started
since-first-level = Since the first level
appears-once-assigned = Appears once levels are assigned.
appears-once-played = Appears once levels are assigned or played.
appears-once-finished = Appears once this pupil has finished a level.
of-count = { $n } of { $total }
pupils-count = { $count ->
    [one] { $count } pupil
   *[other] { $count } pupils
}
changes-counts = { $better } better, { $same } the same, { $lower } lower
col-pupil = Pupil
col-pupils = Pupils
col-level = Level
col-badges = Badges
col-question = The question
col-choice = The choice
col-first-choice = Their first choice
col-why-word = Why it's worth a word
col-statement = Statement
col-strand = Strand
col-taught-in = Taught in
col-status = Status
col-first-tries = First tries
col-element = Element
col-stars-earned = Stars earned
col-finished-all = Finished all its levels
col-badge = Badge
col-badge-says = What it says
col-first-seen = First seen

## The class page

cell-late = late
cell-late-sr = : past the due date, not started
cell-first = 1st { $stars }
cell-best-sr = best { $best } of 3 stars
cell-first-sr = , first try { $first }
join-heading = Pupils join with
join-code = Class code:
join-link = Or open this link:
join-pupils-told = Pupils are told in the game: “Your teacher can see which levels you finish, your scores and the choices you make.”
join-refreshes = This page refreshes every minute as results arrive.
join-qr = QR code for the join link
tools-heading = Class tools
tools-assign = Choose levels to assign
tools-cards = Print login cards ({ $count })
tools-certificates = Print certificates
tools-home-pack = Print a home pack for parents (letter, QR code, things to talk about)
tools-summary = Class summary (printable, dated)
tools-results-csv = Download results (CSV)
tools-summary-csv = Download a summary per pupil (CSV)
tools-delete = Delete this class and its data
practice-link = Home practice link (no sign-in, nothing sent to the server):
grid-heading = Progress
grid-no-pupils = No pupils yet.
grid-make-cards = Make login cards to add them.
grid-no-levels = No levels assigned or played yet.
grid-assign = Assign some levels.
grid-caption = Stars per pupil and level: best result, with the first try below when it differs; and badges collected
grid-not-assigned = (not assigned)
by-topic = By topic
by-element = By element (Digital Competence Framework: Citizenship)
by-strand = By strand (Education for a Connected World)
chart-topics = Stars earned per topic, of all possible
chart-elements = Stars earned per element, of all possible
chart-strands = Stars earned per strand, of all possible
percent-note = Each percentage is the stars earned (each pupil's best try) of all the stars possible: 3 per pupil for every level in the grid above, with a level not played counting as none.
settings-heading = Class settings

## At a glance

glance = At a glance
needs-word = Needs a word
glance-nobody = Nobody so far.
glance-choices = { $count ->
    [one] { $count } first-try choice
   *[other] { $count } first-try choices
}
glance-talk = To talk about tomorrow
glance-nothing-yet = Nothing yet.
glance-not-started-late = Not started or late
glance-no-pupils = No pupils yet.
glance-all-started = Everyone has started, and nothing is late.
glance-not-started = Not started yet:
glance-late = Late
glance-late-why = (past the due date, not played):
glance-late-level = { $level }, due { $date }
glance-statements = Statements:
glance-statements-counts = { $secure } secure, { $towards } working towards, over { $count ->
    [one] { $count } statement.
   *[other] { $count } statements.
}
glance-summary-link = Printable class summary

## Needs a word; talk about in class

needs-word-note = First-try choices worth a quiet, kind word. They are not scores: a pupil can earn three stars and still be here.
needs-word-safeguarding = If anything a pupil says worries you, follow your school's safeguarding policy and speak to your Designated Safeguarding Lead.
needs-word-empty = Nothing so far. Choices worth a word will show here as pupils play.
needs-word-caption = { $count ->
    [one] { $count } first-try choice worth a word
   *[other] { $count } first-try choices worth a word
}
needs-word-questions = Questions to talk it through
talk-heading = Talk about in class
talk-empty = The choices pupils make on a first try that weren't the safest will show here, most made first.
talk-caption = First-try choices that weren't the safest, most made first
talk-also-flagged = Also in “Needs a word”
talk-more = { $count } more in the results download (CSV).
talk-questions = Questions to discuss
finding-missed-clue = Missed the clue “{ $text }”
finding-picked-fine = Picked “{ $text }” as a clue, though it was fine
finding-wrong-box = Put “{ $card }” in “{ $box }” (it belongs in “{ $right }”)

## Statements and the DCF

rule-intro = Worked out from first tries only. A first try shows a statement when it made no risky choice and earned 2 or more stars.
rule-secure = the pupil's latest first try at a level teaching it shows it, and so do at least half of them.
rule-towards = otherwise.
rule-since = when a statement comes again in a later level, the latest first try against the first (a change of less than 10 points in 100 counts as the same).
statements-caption = Statements the class's levels teach (Education for a Connected World)
statements-grid-caption = Each pupil and each statement: S secure, WT working towards, – not started; below, since the first level
statements-pupil-caption = Education for a Connected World statements met so far
not-met-again = Not met again yet
first-tries-showed = { $shown } of { $tries } showed it
dcf-no-level = No level on the dashboard yet
dcf-stars-note = Stars earned: of all the stars possible on the element's levels on this dashboard (3 per pupil per level, best try; a level not played counts as none).
dcf-pupil-progress = { $finished } of { $levels } levels finished, { $stars } of { $possible } stars

## Badges

badges-none-sr = no badges yet
badges-sr = badges:
badges-none = No badges yet. The game gives one for each strand once every level that teaches it is finished, and sends the badges with each result.
badges-caption = Badges collected so far: { $count }

## Keeping data

retention-notice = This class and its results will be deleted at the end of { $date }.
retention-change = Change the date
retention-heading = Keeping data
retention-kept-until = Kept until the end of { $date }. Then this class, its login cards and all their results and badges are deleted for good.
retention-other-date = Keep it to another date
retention-delete-now = Delete it now
retention-title = How long to keep { $class }
retention-now = Now kept until the end of { $date }.
retention-legend = Keep this class and its results until
retention-this-year = the end of this school year: { $date }
retention-next-year = the end of next school year: { $date }
retention-another-day = the end of another day:
retention-last-day = The last day to keep the class
retention-form-note = A school year ends on 31 July. After the day you choose, this class, its login cards and all their results and badges are deleted for good (within the hour); pupils can no longer sign in with its cards. You can choose a day up to { $years } years ahead.

## Your classes; making and deleting a class; class settings

home-title = Your classes
home-notes-link = Teacher notes for every level
home-notes-what = (objectives, questions to discuss, what to watch for, safeguarding)
home-no-classes = You have no classes yet. Make one below: it gets a class code for pupils to join with.
home-classes = Classes
col-class = Class
col-age-group = Age group
col-class-code = Class code
make-class = Make a class
class-name-label = Class name (for you; pupils see it too)
class-name-example = Year 3 Oak
make-class-kept = It is kept to the end of the school year it is for ({ $date }), then deleted with all its results. You can choose another date on its page.
make-class-button = Make the class
class-name-length = A class name needs 1 to 60 characters.
class-phase-pick = Please pick an age group from the list.
delete-page = Delete class
delete-title = Delete { $class }?
delete-what = This deletes the class, its { $cards } login cards and all { $results } results, for good. It can't be undone.
delete-button = Delete the class and its data
delete-keep = Keep it
class-language-legend = Language pupils start in
class-language-note = Pupils who join this class start the game in this language. Each pupil can still switch on their profile.
framework-choose = Choose a framework.
framework-legend = Show progress by
framework-efcw = Education for a Connected World (strands and statements)
framework-dcf = Digital Competence Framework, Wales (Citizenship elements)
framework-note = The dashboard, the spreadsheets and each pupil's page follow this.
new-code-button = Give the class a new code
new-code-note = If the class code got out, a new one stops it working at once. Pupils already signed in carry on; print the cards again for the new code.

## A pupil's page

pupil-levels = Levels
col-first-try = First try
col-best = Best
col-plays = Plays
col-last-played = Last played
col-talk-first-try = To talk about from the first try

## Login cards

cards-title = Login cards
cards-heading = Login cards: { $class }
cards-print-now = Print these cards now.
cards-pins-once = Their PINs are shown only on this page: Clickwise keeps PINs in a form nobody can read back. If a card is lost later, give it a new PIN.
cards-all = All of the class's cards
cards-add-count = Add this many cards
cards-add = Add cards
cards-full = This class has all { $count } cards it can have: one for each animal.
cards-new-pins = New PINs for every card, to print them again
cards-animals-note = Each card's picture is its nickname's animal, and no two cards in a class share one, so a pupil who can't read yet can find the card with their animal (and its colour) in the game.
cards-cut-note = Cut the cards out and write each pupil's name on their card by hand. Keep them in class: the PIN is what lets a pupil sign in as their card.
cards-print-how = To print, use your browser's Print (Ctrl+P, or ⌘P on a Mac): the page prints just the cards.
cards-too-many = A class can have up to { $max } cards (one for each animal); this one has room for { $room } more.
card-colour = { $colour } card
colour-blue = blue
colour-orange = orange
colour-green = green
colour-purple = purple
colour-pink = pink
colour-yellow = yellow
colour-red = red
card-pin = PIN
card-pin-hidden = PIN: on the printed card
card-name = Name:
card-new-pin = New PIN
card-remove = Remove this card…
locked-heading = Locked cards
locked-note = These cards were locked after { $count } wrong PINs in a row, in case someone was guessing. Check the pupil has their own card, then unlock it.
unlock-card = Unlock { $nickname }
remove-page = Remove a card
remove-title = Remove { $nickname }?
remove-what = This deletes the card { $nickname } and everything stored for it: { $count } level results, its badges, and the devices signed in with it. It can't be undone.
remove-when = Use this when a pupil leaves, or when a parent asks for their child's data to be erased. The rest of the class is not touched.
remove-button = Remove { $nickname } and its results

## The CSV files (headings stay one word, for spreadsheets)

csv-yes = yes
csv-no = no
csv-nickname = nickname
csv-level-id = level_id
csv-level = level
csv-strands = strands
csv-statements = statements
csv-dcf-elements = dcf_elements
csv-dcf-element-ids = dcf_element_ids
csv-assigned = assigned
csv-due = due
csv-after-due = after_due
csv-attempt-id = attempt_id
csv-first-try = first_try
csv-points = points
csv-max-points = max_points
csv-stars = stars
csv-started = started
csv-finished = finished
csv-risky-choices = risky_choices
csv-needs-a-word = needs_a_word
csv-badges = badges
csv-levels-finished = levels_finished
csv-assigned-finished = assigned_finished
csv-late = late
csv-first-try-stars = first_try_stars
csv-best-stars = best_stars
csv-dcf-column = DCF: { $element }
csv-level-first-try = { $level } (first try)
csv-level-best = { $level } (best)
csv-status-change = { $status } ({ $change } since the first level)

## The class summary

summary-print-hint = Print this page from your browser for a dated record.
summary-title = Class summary: { $class }
summary-printed = Printed { $date }
summary-against = Against UKCIS Education for a Connected World (2020). Pupils play under made-up nicknames; this summary names no one.
summary-coverage = Coverage
summary-levels = { $assigned } levels assigned; { $all } assigned or played.
summary-started = { $started } of { $pupils } pupils have started; { $tries } first tries in all.
summary-statements = { $count } statements taught, in { $strands } of 8 strands.
col-assigned = Assigned
col-due = Due
col-played-it = Pupils who played it
col-choices = Choices
yes = Yes
no = No
summary-strands = Strands
summary-none-yet = None yet: assign some levels.
summary-strands-caption = Per strand: statements taught, and pupils secure or working towards them (counted once per statement)
summary-statements-heading = Statements
summary-stars-note = Stars earned: of all the stars possible on the strand's levels (3 per pupil per level, best try; a level not played counts as none).
summary-changed = What changed since the first level
summary-not-again = No statement has come again in a later level yet.
summary-again = Where a statement came again in a later level, each pupil's latest first try compared with their first:
summary-flags = Needs a word (counts)
summary-no-flags = No first-try choice has needed a word.
summary-flags-caption = First-try choices worth a quiet word, per level (names are on the class page)
summary-talked = Talked about most

## Certificates (for pupils: in Welsh they are spoken to with "ti")

certificates-page = Certificates
certificates-title = Certificates: { $class }
certificates-intro = A certificate for each pupil who has finished a level, one per page. Write each pupil's real name on theirs by hand, and sign it.
certificates-school-label = School (printed on each; leave empty to write it by hand)
certificates-show = Show them with these
certificates-print = Then print with Ctrl+P (⌘P on a Mac).
certificates-without = No certificate yet (no level finished): { $nicknames }.
certificate-brand = staying safe and kind online
certificate-well-done = Well done, { $nickname }!
certificate-for = This certificate is for
certificate-write-name = write your name here
certificate-summary = who played Clickwise as { $nickname }, finished { $levels ->
    [one] { $levels } level
   *[other] { $levels } levels
}{ $badges ->
    [0] {""}
    [one] {" "}and collected { $badges } badge
   *[other] {" "}and collected { $badges } badges
}, and can now say:
certificate-date = Date
certificate-school = School
certificate-signed = Signed

## Teacher notes

notes-page = Teacher notes
notes-back-to-game = Back to the game
notes-print = Print this page for a set of notes (Ctrl+P).
notes-before = Before a lesson: agree ground rules, know who your Designated Safeguarding Lead is, and remind pupils that they can always tell a trusted adult. Pupils play as characters, so nobody has to talk about themselves.
notes-objective = Objective:
notes-talk = Talk about
notes-watch = Watch for
notes-safeguarding = Safeguarding:

## The home pack (for parents and carers)

pack-page = Home pack
pack-title = Home pack: { $class }
pack-intro = A letter for each family: what Clickwise is, what is kept about their child and what isn't, and how to play at home, with a QR code for the home-practice link and things to talk about for the levels you assigned.
pack-no-levels = No levels are assigned yet, so the link opens the game without your levels first and there are no conversation starters.
pack-print = Print with Ctrl+P (⌘P on a Mac): the letter fits one page and the conversation starters follow.
letter-title = Playing Clickwise at home
letter-dear = Dear parent or carer,
letter-intro = In class we are playing Clickwise, a free game about staying safe and kind online, made for primary school children. In each level, friendly characters get pop-ups, messages and offers. Your child chooses what the character should do and hears why, in kind and simple words. Every level ends with who to tell if something online is worrying.
letter-kept = What is kept, and what isn't
letter-nickname = In class, your child plays as a made-up nickname with an animal picture (like “Happy Panda”). We never ask for or keep their name, email, birthday, photo or where they live, and there is nowhere in the game to type.
letter-server = The school's own Clickwise server keeps which levels were played in class, the buttons chosen and the scores, so the teacher can see what to talk about next. Results are kept until { $date } at the latest: then they are deleted with the class, or sooner if the teacher deletes it.
letter-home = At home there is no account and no sign-in. Nothing played with the link below is sent to school or anywhere else: progress stays in the web browser on your device.
letter-no-other-sites = The game never loads anything from other websites: no adverts, no trackers, no chat with strangers.
letter-qr = QR code for the home-practice link
letter-how = How to play at home
letter-scan = Scan the QR code with a phone or tablet camera, or type this address into a web browser:
letter-choose = Choose a player and an age group, then a level.
letter-levels-open = The levels we are doing in class open straight away. Tap one to play: there is nothing to set up.
letter-together = Play together if you can, and talk about the choices. Getting one “wrong” is part of learning: the game shows what could happen and lets your child choose again.
letter-grown-ups = Under “Grown-ups: get help” you can see what was played on your device, and where to find help (Childline, and the CEOP Safety Centre).
letter-worried = If your child tells you something worried them
letter-calm = Stay calm, listen, and thank them for telling you. They are not in trouble. If you are concerned, please let us know at school.
letter-thanks = Thank you,
letter-teacher = class teacher
starters-title = Things to talk about together
starters-intro = The levels { $class } is playing. Each says what your child is learning, in their words, with a question or two to start a chat: at tea, in the car, or after playing.
starters-learning = Learning:
starters-talk = Talk about:
starters-advice = The game's advice:

## Choosing levels

assign-page = Assign levels
assign-title = Levels for { $class }
assign-intro = Ticked levels appear first for your pupils, with their due dates. Pupils can still play other levels for their age.
assign-this-class = { $phase } (this class)
assign-save = Save the levels
assign-other-ages = Show levels for other ages
assign-due-optional = Due (optional)
assign-unknown-level = One of those levels isn't in the catalogue any more. Reload the page.
assign-bad-date = A due date should look like 2026-12-04.

## Core's sentences about a first try's choices, around the level's own words

finding-left-on = Left “{ $label }” on “{ $text }”: { $effect }
finding-set-to = Set “{ $label }” to “{ $text }”: { $effect }
finding-feed = Chose “{ $move }” for “{ $text }” from { $from }
finding-said = { $contact } said: “{ $said }”
class-limit = You have { $count } classes, the most one account can have. Delete a class you no longer teach first.

## Changing one's password

password-title = Change your password
password-changed = Your password is changed. You are signed out everywhere else.
password-current = Your password now
password-new = A new password (at least { $min } characters)
password-button = Change password
password-wrong = That isn't your password now.

## Keeping data: a date that can't be used

retention-bad-date = Please give the date as a day, month and year.
retention-past = That date has passed: please choose today or a later date.
retention-too-far = Please choose a date no more than { $years } years ahead.
retention-choose = Please choose how long to keep the class.

## Schools: sign-up closed, one-time links, the admin's page, the school view

sign-up-closed = Sign-up is closed on this server. Ask your school's Clickwise admin for an invitation link.
link-not-valid = This link doesn't work: it may have been used already or have expired. Ask your school's Clickwise admin for a new one.
link-too-many = Too many links tried from here. Please wait ten minutes and try again.
setup-title = Set up your school
setup-intro = This one-time link sets up your school on Clickwise. You will be its admin: you invite teachers, can open sign-up to your school's e-mail addresses, and make password-reset links.
setup-school-name = The school's name
setup-admin-email = Your school email address
setup-button = Set up the school
setup-name-length = Please give the school's name (up to 100 characters).
invite-title = Join your school on Clickwise
invite-intro = This invitation makes a teacher account for { $email }. Choose your password.
reset-title = Choose a new password
reset-intro = A new password for { $email }. Every device signed in to this account will be signed out.
reset-button = Save the new password
reset-done = Your new password is saved, and every session of your account has ended.
home-run-school = Run your school
home-school-view = School view
school-unnamed = your school
school-title = School: { $school }
school-back = Your school
school-teachers = Teachers
school-roles-note = An admin runs this page. "School view" lets a teacher (the Computing lead, the DSL) see every class's progress, read-only and without pupils' names. A school always keeps at least one admin.
school-col-classes = Classes
school-col-roles = Roles
school-col-account = Account
school-role-admin = Admin
school-role-view = School view
school-reset-link = Make a password-reset link
school-delete-account = Delete account…
school-invite = Invite a teacher
school-invite-button = Make an invitation link
school-invite-mailed-note = The link is sent to that address by e-mail. It works once, for 7 days.
school-invite-shown-note = You will be shown the link to pass on (this server sends no e-mail). It works once, for 7 days.
school-invites-waiting = Invitations not used yet
school-col-until = Works until
school-withdraw = Withdraw
school-sign-up = Sign-up
school-sign-up-closed = Sign-up is closed: teachers join by invitation only.
school-sign-up-open = Anyone with an e-mail address at these domains can make an account in your school.
school-domains = E-mail domains open to sign-up (one per line, for example school.example; leave empty to close sign-up)
school-domains-note = Only list domains that your school alone controls. The server does not check that the person signing up owns the address, so check new accounts in the list above.
school-domain-bad = “{ $domain }” is not an e-mail domain like school.example.
school-domain-taken = Another school on this server has already opened { $domain }.
school-link = The link
school-link-copy = Copy this link and give it to { $email } (for example in your school's own e-mail):
school-link-once = It works once. Anyone who has it can use it, so send it only to that person.
school-link-sent = The link was sent by e-mail to { $email }.
school-link-not-sent = The e-mail couldn't be sent, so here is the link instead.
school-last-admin = The school must keep at least one admin. Make another teacher an admin first.
school-delete-title = Delete the account of { $email }
school-delete-classes = Classes of this account: { $count }.
school-delete-what = What should happen to the account's classes?
school-delete-move = Move them to
school-delete-also = Delete them, with their pupils' cards and results
school-delete-button = Delete the account
school-delete-too-many = That teacher would have more than { $count } classes. Choose another teacher, or delete some classes first.
school-deleted = The account is deleted. Classes moved: { $moved }. Classes deleted: { $deleted }.
school-view-title = School view: { $school }
school-view-intro = Every class's progress and the choices most often made across the school, read-only. Pupils are never named: each class's teacher knows who is who.
school-view-no-classes = The school has no classes yet.
school-view-classes = Classes
school-view-teacher = Teacher
school-view-started = Started
school-view-first-tries = First tries
school-view-statements-note = "Secure" and "Working towards" count each pupil once for each statement they have met, as the class summary does.
school-view-common = The school's most common risky choices (first tries)
school-view-in-classes = In classes
mail-invite-subject = Your invitation to Clickwise ({ $school })
mail-invite-body = You are invited to make a teacher account on Clickwise for { $school }.
    
    Open this link to choose your password (it works once, for { $days } days):
    { $link }
    
    If you weren't expecting this, you can ignore this e-mail.
mail-reset-subject = Your Clickwise password-reset link
mail-reset-body = Your school's Clickwise admin made a link for you to choose a new password.
    
    Open this link (it works once, for { $hours } hours):
    { $link }
    
    Choosing a new password signs you out on every device.
