# Clickwise: the game's words in English. Welsh is in ../cy/game.ftl, with the same keys
# and the same { $variables } (a test checks). Level texts are in the level files.

stars-count = { $count ->
    [one] { $count } star
   *[other] { $count } stars
}

## Shared buttons
button-next = Next
button-back = Back

## Languages: each named in its own language, in both files.
lang-cy = Cymraeg
lang-en = English

## The profile screen (a new player)
profile-pick-nickname = Pick a nickname
profile-made-up-name = Use a made-up name, never your real one.
profile-other-names = Other names
profile-pick-picture = Pick your picture

## Avatar pictures' names
animal-fox = fox
animal-owl = owl
animal-panda = panda
animal-penguin = penguin
animal-rabbit = rabbit
animal-tiger = tiger
animal-frog = frog
animal-unicorn = unicorn
animal-dolphin = dolphin
animal-hedgehog = hedgehog
animal-koala = koala
animal-lion = lion

## Playing a level
play-you = You ({ $nickname })
play-start = Start
play-went-back = You went back. Choose again! This time is practice: your first answer is the one that counts.
play-hint = Hint (costs 1 point)
play-rewind = Go back and choose again
feedback-safe = Great choice!
feedback-unsure = Good thinking. Here is an even safer idea.
feedback-risky = Let's think about that one.
points-count =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
scene-what-happened = What happened next
scene-feels = { $line } ({ $name } feels { $mood }.)
scene-who-can-help = Who can help?
mood-calm = calm
mood-happy = happy
mood-worried = worried
mood-thinking = thinking
mood-sad = sad

## What the core says about chats and feeds (whole sentences, in the review)
review-false-alarm-why = This part was fine. It's good to look carefully!
review-safety-early = It's always OK to do this. { $button }
review-safety-spotted = Well spotted. { $signs } { $button }
safety-block = Block
safety-report = Report
safety-tell = Tell a grown-up
safety-explain-block = Blocking stops them sending messages. Telling a grown-up too is even better.
safety-explain-report = Reporting tells the app's helpers. Telling a grown-up too is even better.
safety-explain-tell = A grown-up you trust can help, and can block and report with you.
sign-keep-secret = They asked to keep a secret from grown-ups.
sign-move-private = They wanted to move to a more private app.
sign-asks-for-photos = They asked for photos.
sign-asks-personal-details = They asked for private things, like where someone lives.
sign-asks-school = They asked which school someone goes to.
sign-offers-gifts = They offered gifts or free game money.
sign-flattery = They said lots of nice things very quickly.
sign-pressure = They kept pushing and wouldn't take no.
sign-asks-to-meet = They asked to meet up.
feed-move-open = Open it
feed-move-ignore = Leave it
feed-move-report = Report it
feed-move-ask = Ask a grown-up
feed-kind-post = Post
feed-kind-message = Message
feed-kind-email = Email
feed-kind-advert = Advert
feed-kind-video = Video

## Chats
chat-claimed-age = { $name } · says they are { $age }
chat-on-tablet = Chatting on { $name }'s tablet
chat-typing = { $name } is typing…
chat-they-are-typing = They are typing…
chat-what-now = What should happen now?
chat-what-reply = What should { $name } reply?
chat-what-reply-player = What should the player reply?
chat-close = Close the chat
chat-safety-buttons = Safety buttons: you can use these at any time.

## Steps of a level
feed-on-tablet = on { $name }'s tablet
feed-done = Done
feed-from = { $kind } from { $from }
feed-you-chose = You chose: { $move }
feed-faster = Faster
feed-faster-on = On: a new one comes every few seconds.
feed-faster-off = Off: the next one comes when you are ready.
settings-whose = { $name }'s settings
settings-title = Settings
settings-what-happens = What happens with these settings
settings-happy = I'm happy with these
settings-see-what-happens = See what happens
sort-pick-box = Now pick the box it goes in.
sort-pick-card = Pick a card, then pick the box it goes in. You can also drag a card onto a box.
sort-check = Check my sorting
spot-from = From: { $text }
spot-address = Address: { $text }
spot-subject = Subject: { $text }
spot-tap-each = Tap each part that looks wrong. Tap again to change your mind.
spot-marked =
    { $count ->
        [one] You marked 1 part.
       *[other] You marked { $count } parts.
    }
spot-finished = I've finished looking
report-practice-notice = This is only practice. Nothing is sent to anyone.
report-question-of = Question { $n } of { $total }
choice-pops-up = A message pops up
review-you-picked = You picked: { $text }
review-clue-found = You spotted a clue: { $text }
review-clue-missed = A clue to look for: { $text }
review-you-marked = You marked: { $text }
review-reply = Reply: { $text }
review-you-pressed = You pressed: { $text }
review-in-the-feed = In the feed: { $text }
review-goes-in = It goes in: { $text }
review-safer-setting = Safer setting: { $text }
review-safer-move = Safer move: { $text }
review-safest-choice = The safest choice: { $text }
artefact-email = An email
artefact-text-message = A text message
artefact-pop-up = A pop-up
artefact-web-page = A web page
artefact-download = A download
artefact-friend-request = A friend request
report-form-who-to-tell = Who can help?
report-form-in-app = Practice: reporting in an app
report-form-ceop = Practice: a CEOP report, with a grown-up
phase-ks1 = Ages 4 to 7
phase-lks2 = Ages 7 to 9
phase-uks2 = Ages 9 to 11
topic-stop-think-click = Stop, Think, Click
topic-online-friends = Online friends
topic-privacy = Keeping things private
topic-reporting = Telling and reporting
topic-passwords = Passwords
topic-kindness = Being kind online
topic-information = True or not?
topic-wellbeing = Healthy screen time
topic-copyright = Who made it?
topic-shopping = Pop-ups and buying
topic-images = Photos and pictures
topic-identity = Who am I online?

## Results
results-sent = Sent to your teacher.
results-waiting = Saved. It will go to your teacher as soon as the class server can be reached.
results-refused = Your teacher's server didn't accept this result. It is kept on this device for your teacher to see.
results-brilliant = Brilliant!
results-well-done = Well done!
results-good-try = Good try!
results-you-finished = You finished { $title }
results-points = { $points } of { $max } points
results-first-best =
    First try: { $first } of 3 stars · Best: { $best } of 3 stars · { $plays ->
        [one] Played once
       *[other] Played { $plays } times
    }
results-play-again = Play again
results-choose-another = Choose another level
results-what-happened = What happened, and why
results-my-stars = My stars: { $total }
results-new-badge = New badge: { $badge }!
results-champion = You are a Clickwise Champion of { $world }!
badges-see-mine = See my badges

## Title
title-tagline = Stop, think, click! Help the characters stay safe and kind online.
title-who-is-playing = Who is playing?
title-new-player = New player
join-my-class = Join my class
title-about = About
title-grown-ups-help = Grown-ups: get help
title-saved-here = Your progress is saved on this device. Only if you join a class does your teacher see your levels and scores.
button-close = Close

## Worried?
worried-button = Worried?
worried-heading = Worried about something online?
worried-tell = Tell a grown-up you trust, like a parent, carer or teacher. It is never your fault, and you won't be in trouble for telling.
worried-keep-telling = If the first grown-up doesn't help, keep telling until someone does.

## Getting help (for grown-ups: chi)
help-heading = For grown-ups: getting help
help-played-here = What was played here
help-teacher-notes = Notes for teachers
help-trusted-adult-heading = First, a trusted adult
help-trusted-adult = If a child is worried about something online, the first step is to tell a trusted adult: a parent, carer or teacher. Listen calmly, and thank them for telling. It is never their fault. In school, pass any concern to the Designated Safeguarding Lead.
help-childline-heading = Childline: 0800 1111
help-childline = Children and young people can talk to Childline about anything, free and in confidence, by phone on 0800 1111 or online.
help-open-childline = Open childline.org.uk
help-meic-heading = Meic: 080880 23456
help-meic = Meic is the helpline for children and young people in Wales, in Welsh or English: free and confidential, by phone on 080880 23456, by text on 84001, or by online chat.
help-open-meic = Open meic.cymru
help-ceop-heading = The CEOP Safety Centre
help-ceop = For reporting someone online who is asking a child for pictures, asking to meet, talking about private things or making them feel unsafe. It is run by the National Crime Agency, and it is best used with an adult.
help-ceop-not-for = It is not for bullying or a hacked account: for those, tell an adult and use the app's own report and block buttons.
help-open-ceop = Open ceop.police.uk (Safety Centre)
help-links-note = These buttons open the official websites in a new tab. The practice reports inside the game never send anything to anyone.

## Notices
notice-kept-aside = We couldn't read the saved progress on this device, so we kept it safe and started fresh. A grown-up can ask the teacher about it.
notice-read-failed = We couldn't open the saved progress on this device, so this time nothing will be saved. A grown-up can ask the teacher about it.
notice-save-failed = Progress couldn't be saved on this device just now. You can keep playing.
teacher-can-see = Your teacher can see which levels you finish, your scores and the choices you make.

## Levels, age groups, badges, about
levels-hello = Hello, { $nickname }!
levels-class = Class: { $class }. { $teacher_can_see }
levels-more = More levels
levels-pick = { $ages }. Pick a level to play.
levels-none = There are no levels for this age group yet.
levels-back-to-map = Back to the map
levels-change-age = Change age
levels-change-player = Change player
levels-from-teacher = From your teacher
levels-home-practice = Home practice
phase-how-old = How old are you?
phase-picks-levels = This picks the right levels for you. You can change it later.
loading-levels = Getting the levels ready…
badges-mine = My badges: { $earned } of { $total }
badges-how = Finish every level about a topic to earn its badge.
badges-champion = Clickwise Champion of { $world }!
badges-every-badge = { $nickname } has every badge for { $ages }.
badges-print-certificate = Print my certificate
badges-earned = Earned. { $can }
badges-levels-done = { $done } of { $total } levels done
about-heading = About Clickwise
about-game = Clickwise is an online-safety game for ages 4 to 11. Characters meet tricky moments online, and players choose what they should do. Every level ends with who to tell.
about-grown-ups = Grown-ups: talk to your school's Designated Safeguarding Lead. Children can call Childline on 0800 1111.
about-pictures = Pictures
about-letters = Letters
about-welsh-heading = Welsh
about-welsh = The Welsh in Clickwise was written without review by a Welsh-speaking teacher. If your school would say something better, please correct it: the level files hold each text's Welsh beside its English.

## Joining a class
join-no-such-class = We couldn't find a class with that code. Check it with your teacher.
join-no-cards = This class has no login cards yet. Ask your teacher.
join-wrong-pin = That PIN doesn't match this card. Try again.
join-card-unusable = This card can't be used in the game. Ask your teacher for a new one.
join-server-unexpected = The class server sent something unexpected.
join-too-many-tries = That's a lot of tries. Wait a minute, or ask your teacher for help.
join-card-locked = This card is locked after too many wrong PINs. Ask your teacher to unlock it.
join-error-status = Error { $status }.
reply-unreadable = The class server couldn't read what the game sent. Ask your teacher.
reply-not-in-class = This login card isn't in a class any more. Ask your teacher.
reply-not-found = The class server couldn't find what the game asked for. Ask your teacher.
reply-too-big = That was too much to send to the class server at once. Ask your teacher.
reply-not-accepted = The class server couldn't take this result. It may not have this level. Ask your teacher.
join-server-problem = The class server has a problem. Try again soon, or ask your teacher.
join-unreachable = We couldn't reach your class. Check the internet, or ask your teacher.
join-type-code = Type the class code your teacher gave you.
join-class-name = Class: { $class }
join-find-card = Find your card. It has your nickname and picture on it.
join-type-pin = Type the PIN number on your card.
join-delete = Delete
join-checking = Checking…
join-nothing-else = { $teacher_can_see } Nothing else about you is sent.

## What was played here, notes for teachers (grown-ups: chi)
played-heading = What was played on this device
played-nobody = Nobody has played on this device yet.
played-risky = A risky choice on a first try is part of learning: the game shows what could happen, then lets the player choose again. Where that happened, there is a question below to talk about together.
played-in-class = In the class "{ $class }". { $teacher_can_see }
played-no-levels = No levels finished yet.
played-refused =
    { $count ->
        [one] 1 result didn't reach the teacher: the class server didn't accept it. Show your teacher this list.
       *[other] { $count } results didn't reach the teacher: the class server didn't accept them. Show your teacher this list.
    }
played-level-record =
    first try { $first } of 3, best { $best } of 3, played { $plays ->
        [one] once
       *[other] { $plays } times
    }
played-teaches = What it teaches: { $objective }
played-talk-about = To talk about together: { $question }
notes-before-lesson = Before a lesson: agree ground rules and know who your Designated Safeguarding Lead is.
notes-print = Print these notes
notes-print-tab = All the notes on one page, in a new tab, ready to print.
notes-print-at = All the notes on one page, ready to print: { $address }
notes-objective = Objective: { $objective }
notes-talk-about =
    Talk about:
    { $list }
notes-watch-for =
    Watch for:
    { $list }
notes-safeguarding = Safeguarding: { $text }

## The map
map-place-done = { $name }: { $done } of { $total } levels done
map-place-all-done = { $name }: all { $total } levels done
map-welcome = Hello, { $nickname }! Welcome to { $world }.
map-pick-place = Pick a place to see its levels. Every level is open: the path shows a good order.
map-all-levels = All levels
map-all-done = All done
map-next-on-path = Next on the path
map-place-next = { $done } of { $total } done. Next on the path: { $title }.
map-place-finished = All { $total } done here! Play any of them again, or walk on.
map-end-of-path = This is the end of the path. Look at your badges!
map-whos-who = Who's who

## The corners, options and the screen-reader mirror
options-button = Options
read-screen = Read the screen aloud
speaker-read-this = Read this aloud
more-below = More below
options-stay-set = These stay set for this player on this device.
options-how-big = How big the words are
options-seeing-hearing = Seeing, hearing and moving
options-contrast = High contrast colours
options-easy-read = Easy-read letters
options-calm = Calm mode: nothing moves
options-sounds = Sounds
options-read-aloud = Read aloud
options-no-welsh-voice = This device has no Welsh voice, so read-aloud stays quiet for Welsh words.
mirror-digits-typed = { $typed } of { $wanted } digits typed

## Text sizes
options-size-normal = Normal text
options-size-big = Big text
options-size-biggest = Biggest text

## Levels that could not be loaded
levels-list-broken = The list of levels couldn't be loaded, so some levels may be missing: ask your teacher to run the level checker.
levels-broken =
    { $count ->
        [one] 1 level couldn't be loaded: ask your teacher to run the level checker.
       *[other] { $count } levels couldn't be loaded: ask your teacher to run the level checker.
    }

## Dates
due-date = Due { $date }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Options: language
options-language = Language
