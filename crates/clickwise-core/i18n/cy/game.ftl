# Clickwise: geiriau'r gêm yn Gymraeg. Mae'r Saesneg yn ../en/game.ftl, gyda'r un allweddi
# a'r un { $variables } (mae prawf yn gwirio). Mae testunau'r lefelau yn ffeiliau'r lefelau.
# Geirfa: levels/glossary-cy.md. Siarad â disgyblion: ti.

# Welsh plural forms (CLDR): zero 0, one 1, two 2, few 3, many 6, other the rest.
stars-count = { $count ->
    [zero] Dim sêr
    [one] { $count } seren
    [two] { $count } seren
    [few] { $count } seren
    [many] { $count } seren
   *[other] { $count } o sêr
}

## Shared buttons
button-next = Nesaf
button-back = Yn ôl

## Languages: each named in its own language, in both files.
lang-cy = Cymraeg
lang-en = English

## The profile screen (a new player)
profile-pick-nickname = Dewisa lysenw
profile-made-up-name = Defnyddia enw ffug, byth dy enw go iawn.
profile-other-names = Enwau eraill
profile-pick-picture = Dewisa dy lun

## Avatar pictures' names
animal-fox = llwynog
animal-owl = tylluan
animal-panda = panda
animal-penguin = pengwin
animal-rabbit = cwningen
animal-tiger = teigr
animal-frog = broga
animal-unicorn = uncorn
animal-dolphin = dolffin
animal-hedgehog = draenog
animal-koala = coala
animal-lion = llew

## Playing a level
play-you = Ti ({ $nickname })
play-start = Dechrau
play-went-back = Est ti'n ôl. Dewisa eto! Ymarfer yw hyn: dy ateb cyntaf di sy'n cyfrif.
play-hint = Cliw (mae’n costio 1 pwynt)
play-rewind = Mynd yn ôl a dewis eto
feedback-safe = Dewis gwych!
feedback-unsure = Meddwl da. Dyma syniad sydd hyd yn oed yn fwy diogel.
feedback-risky = Gad i ni feddwl am hynna.
points-count =
    { $count ->
        [zero] { $count } pwynt
        [one] { $count } pwynt
        [two] { $count } bwynt
        [few] { $count } phwynt
        [many] { $count } phwynt
       *[other] { $count } o bwyntiau
    }
scene-what-happened = Beth ddigwyddodd nesaf
scene-feels = { $line } (Mae { $name } yn teimlo’n { $mood }.)
scene-who-can-help = Pwy all helpu?
mood-calm = dawel
mood-happy = hapus
mood-worried = bryderus
mood-thinking = feddylgar
mood-sad = drist

## What the core says about chats and feeds (whole sentences, in the review)
review-false-alarm-why = Roedd y rhan yma'n iawn. Mae'n dda edrych yn ofalus!
review-safety-early = Mae wastad yn iawn gwneud hyn. { $button }
review-safety-spotted = Sylwi da. { $signs } { $button }
safety-block = Blocio
safety-report = Rhoi gwybod
safety-tell = Dweud wrth oedolyn
safety-explain-block = Mae blocio yn eu stopio nhw rhag anfon negeseuon. Mae dweud wrth oedolyn hefyd yn well fyth.
safety-explain-report = Mae rhoi gwybod yn dweud wrth helpwyr yr ap. Mae dweud wrth oedolyn hefyd yn well fyth.
safety-explain-tell = Gall oedolyn rwyt ti'n ymddiried ynddo helpu, a blocio a rhoi gwybod gyda ti.
sign-keep-secret = Gofynnon nhw am gadw cyfrinach rhag oedolion.
sign-move-private = Roedden nhw eisiau symud i ap mwy preifat.
sign-asks-for-photos = Gofynnon nhw am luniau.
sign-asks-personal-details = Gofynnon nhw am bethau preifat, fel ble mae rhywun yn byw.
sign-asks-school = Gofynnon nhw i ba ysgol mae rhywun yn mynd.
sign-offers-gifts = Cynigion nhw anrhegion neu arian gêm am ddim.
sign-flattery = Dywedon nhw lawer o bethau neis yn gyflym iawn.
sign-pressure = Roedden nhw'n dal i wthio a doedden nhw ddim yn derbyn na.
sign-asks-to-meet = Gofynnon nhw am gwrdd.
feed-move-open = Ei agor
feed-move-ignore = Ei adael
feed-move-report = Rhoi gwybod amdano
feed-move-ask = Gofyn i oedolyn
feed-kind-post = Neges
feed-kind-message = Neges
feed-kind-email = E-bost
feed-kind-advert = Hysbyseb
feed-kind-video = Fideo

## Chats
chat-claimed-age = { $name } · yn dweud eu bod nhw’n { $age }
chat-on-tablet = Yn sgwrsio ar lechen { $name }
chat-typing = Mae { $name } yn teipio…
chat-they-are-typing = Maen nhw’n teipio…
chat-what-now = Beth ddylai ddigwydd nawr?
chat-what-reply = Beth ddylai { $name } ei ateb?
chat-what-reply-player = Beth ddylai'r chwaraewr ei ateb?
chat-close = Cau'r sgwrs
chat-safety-buttons = Botymau diogelwch: gelli di eu defnyddio nhw unrhyw bryd.

## Steps of a level
feed-on-tablet = ar lechen { $name }
feed-done = Wedi gorffen
feed-from = { $kind } gan { $from }
feed-you-chose = Dewisaist ti: { $move }
feed-faster = Cyflymach
feed-faster-on = Ymlaen: mae un newydd yn dod bob ychydig eiliadau.
feed-faster-off = I ffwrdd: mae'r un nesaf yn dod pan fyddi di'n barod.
settings-whose = Gosodiadau { $name }
settings-title = Gosodiadau
settings-what-happens = Beth sy'n digwydd gyda'r gosodiadau yma
settings-happy = Dw i'n hapus gyda'r rhain
settings-see-what-happens = Gweld beth sy'n digwydd
sort-pick-box = Nawr dewisa'r bocs mae'n mynd iddo.
sort-pick-card = Dewisa gerdyn, wedyn dewisa'r bocs mae'n mynd iddo. Gelli di hefyd lusgo cerdyn i focs.
sort-check = Gwirio fy nidoli
spot-from = Oddi wrth: { $text }
spot-address = Cyfeiriad: { $text }
spot-subject = Pwnc: { $text }
spot-tap-each = Tapia bob rhan sy'n edrych yn anghywir. Tapia eto i newid dy feddwl.
spot-marked =
    { $count ->
        [one] Marciaist ti 1 rhan.
        [two] Marciaist ti 2 ran.
       *[other] Marciaist ti { $count } rhan.
    }
spot-finished = Dw i wedi gorffen edrych
report-practice-notice = Ymarfer yn unig yw hwn. Does dim byd yn cael ei anfon at neb.
report-question-of = Cwestiwn { $n } o { $total }
choice-pops-up = Mae neges yn ymddangos
review-you-picked = Dewisaist ti: { $text }
review-clue-found = Sylwaist ti ar gliw: { $text }
review-clue-missed = Cliw i chwilio amdano: { $text }
review-you-marked = Marciaist ti: { $text }
review-reply = Ateb: { $text }
review-you-pressed = Pwysaist ti: { $text }
review-in-the-feed = Yn y ffrwd: { $text }
review-goes-in = Mae'n mynd yn: { $text }
review-safer-setting = Gosodiad mwy diogel: { $text }
review-safer-move = Symudiad mwy diogel: { $text }
review-safest-choice = Y dewis mwyaf diogel: { $text }
artefact-email = E-bost
artefact-text-message = Neges destun
artefact-pop-up = Ffenest naid
artefact-web-page = Tudalen we
artefact-download = Rhywbeth i’w lawrlwytho
artefact-friend-request = Cais ffrind
report-form-who-to-tell = Pwy all helpu?
report-form-in-app = Ymarfer: rhoi gwybod mewn ap
report-form-ceop = Ymarfer: adroddiad CEOP, gydag oedolyn
phase-ks1 = Oed 4 i 7
phase-lks2 = Oed 7 i 9
phase-uks2 = Oed 9 i 11
topic-stop-think-click = Stopia, Meddylia, Clicia
topic-online-friends = Ffrindiau ar-lein
topic-privacy = Cadw pethau’n breifat
topic-reporting = Dweud a rhoi gwybod
topic-passwords = Cyfrineiriau
topic-kindness = Bod yn garedig ar-lein
topic-information = Gwir neu beidio?
topic-wellbeing = Amser sgrin iach
topic-copyright = Pwy wnaeth e?
topic-shopping = Ffenestri naid a phrynu
topic-images = Ffotograffau a lluniau
topic-identity = Pwy ydw i ar-lein?

## Results
results-sent = Wedi'i anfon at dy athro.
results-waiting = Wedi'i gadw. Bydd yn mynd at dy athro cyn gynted ag y bydd gweinydd y dosbarth ar gael.
results-refused = Wnaeth gweinydd dy athro ddim derbyn y canlyniad yma. Mae'n cael ei gadw ar y ddyfais hon i dy athro ei weld.
results-brilliant = Gwych!
results-well-done = Da iawn!
results-good-try = Ymdrech dda!
results-you-finished = Gorffennaist ti { $title }
results-points = { $points } o { $max } pwynt
results-first-best =
    Cynnig cyntaf: { $first } o 3 seren · Gorau: { $best } o 3 seren · { $plays ->
        [one] Wedi chwarae unwaith
        [two] Wedi chwarae ddwywaith
       *[other] Wedi chwarae { $plays } gwaith
    }
results-play-again = Chwarae eto
results-choose-another = Dewis lefel arall
results-what-happened = Beth ddigwyddodd, a pham
results-my-stars = Fy sêr: { $total }
results-new-badge = Bathodyn newydd: { $badge }!
results-champion = Rwyt ti'n Bencampwr Clickwise! ({ $world })
badges-see-mine = Gweld fy mathodynnau

## Title
title-tagline = Stopia, meddylia, clicia! Helpa'r cymeriadau i aros yn ddiogel ac yn garedig ar-lein.
title-who-is-playing = Pwy sy'n chwarae?
title-new-player = Chwaraewr newydd
join-my-class = Ymuno â fy nosbarth
title-about = Am y gêm
title-grown-ups-help = Oedolion: cael help
title-saved-here = Mae dy gynnydd yn cael ei gadw ar y ddyfais hon. Dim ond os wyt ti'n ymuno â dosbarth mae dy athro yn gweld dy lefelau a dy sgoriau.
button-close = Cau

## Worried?
worried-button = Yn poeni?
worried-heading = Yn poeni am rywbeth ar-lein?
worried-tell = Dywed wrth oedolyn rwyt ti'n ymddiried ynddo, fel rhiant, gofalwr neu athro. Nid dy fai di yw e byth, a fyddi di ddim mewn trwbl am ddweud.
worried-keep-telling = Os nad yw'r oedolyn cyntaf yn helpu, dal ati i ddweud nes bod rhywun yn helpu.

## Getting help (for grown-ups: chi)
help-heading = I oedolion: cael help
help-played-here = Beth gafodd ei chwarae yma
help-teacher-notes = Nodiadau i athrawon
help-trusted-adult-heading = Yn gyntaf, oedolyn y gellir ymddiried ynddo
help-trusted-adult = Os yw plentyn yn poeni am rywbeth ar-lein, y cam cyntaf yw dweud wrth oedolyn y gall ymddiried ynddo: rhiant, gofalwr neu athro. Gwrandewch yn dawel, a diolchwch iddo am ddweud. Nid ei fai e neu hi yw e byth. Yn yr ysgol, rhowch wybod am unrhyw bryder i'r Arweinydd Diogelu Dynodedig (DSL).
help-childline-heading = Childline: 0800 1111
help-childline = Gall plant a phobl ifanc siarad â Childline am unrhyw beth, am ddim ac yn gyfrinachol, ar y ffôn ar 0800 1111 neu ar-lein.
help-open-childline = Agor childline.org.uk
help-meic-heading = Meic: 080880 23456
help-meic = Meic yw'r llinell gymorth i blant a phobl ifanc yng Nghymru, yn Gymraeg neu'n Saesneg: am ddim ac yn gyfrinachol, ar y ffôn ar 080880 23456, drwy neges destun ar 84001, neu drwy sgwrsio ar-lein.
help-open-meic = Agor meic.cymru
help-ceop-heading = Canolfan Ddiogelwch CEOP
help-ceop = Ar gyfer rhoi gwybod am rywun ar-lein sy'n gofyn i blentyn am luniau, yn gofyn am gwrdd, yn siarad am bethau preifat neu'n gwneud iddo deimlo'n anniogel. Yr Asiantaeth Troseddu Genedlaethol sy'n ei rhedeg, ac mae'n well ei defnyddio gydag oedolyn.
help-ceop-not-for = Nid yw ar gyfer bwlio na chyfrif sydd wedi'i hacio: ar gyfer y rheini, dywedwch wrth oedolyn a defnyddiwch fotymau rhoi gwybod a blocio'r ap ei hun.
help-open-ceop = Agor ceop.police.uk (Canolfan Ddiogelwch)
help-links-note = Mae'r botymau hyn yn agor y gwefannau swyddogol mewn tab newydd. Dydy'r adroddiadau ymarfer yn y gêm byth yn anfon dim byd at neb.

## Notices
notice-kept-aside = Doedden ni ddim yn gallu darllen y cynnydd sydd wedi'i gadw ar y ddyfais hon, felly cadwon ni fe'n ddiogel a dechrau o'r newydd. Gall oedolyn ofyn i'r athro amdano.
notice-read-failed = Doedden ni ddim yn gallu agor y cynnydd sydd wedi'i gadw ar y ddyfais hon, felly fydd dim byd yn cael ei gadw y tro hwn. Gall oedolyn ofyn i'r athro amdano.
notice-save-failed = Doedd dim modd cadw'r cynnydd ar y ddyfais hon nawr. Gelli di ddal ati i chwarae.
teacher-can-see = Mae dy athro yn gallu gweld pa lefelau rwyt ti'n eu gorffen, dy sgoriau a'r dewisiadau rwyt ti'n eu gwneud.

## Levels, age groups, badges, about
levels-hello = Helo, { $nickname }!
levels-class = Dosbarth: { $class }. { $teacher_can_see }
levels-more = Rhagor o lefelau
levels-pick = { $ages }. Dewisa lefel i chwarae.
levels-none = Does dim lefelau i'r oedran yma eto.
levels-back-to-map = Yn ôl i'r map
levels-change-age = Newid oed
levels-change-player = Newid chwaraewr
levels-from-teacher = Gan dy athro
levels-home-practice = Ymarfer gartref
phase-how-old = Faint yw dy oed di?
phase-picks-levels = Mae hyn yn dewis y lefelau iawn i ti. Gelli di ei newid wedyn.
loading-levels = Yn paratoi'r lefelau…
badges-mine = Fy mathodynnau: { $earned } o { $total }
badges-how = Gorffenna bob lefel am bwnc i ennill ei fathodyn.
badges-champion = Pencampwr Clickwise! ({ $world })
badges-every-badge = Mae gan { $nickname } bob bathodyn: { $ages }.
badges-print-certificate = Argraffu fy nhystysgrif
badges-earned = Wedi ennill. { $can }
badges-levels-done = { $done } o { $total } lefel wedi gorffen
about-heading = Am Clickwise
about-game = Gêm diogelwch ar-lein i blant 4 i 11 oed yw Clickwise. Mae cymeriadau'n wynebu eiliadau anodd ar-lein, a'r chwaraewyr sy'n dewis beth ddylen nhw ei wneud. Mae pob lefel yn gorffen gyda phwy i ddweud wrthyn nhw.
about-grown-ups = Oedolion: siaradwch ag Arweinydd Diogelu Dynodedig (DSL) eich ysgol. Gall plant ffonio Childline ar 0800 1111, neu Meic ar 080880 23456.
about-pictures = Lluniau
about-letters = Llythrennau
about-welsh-heading = Cymraeg
about-welsh = Cafodd y Gymraeg yn Clickwise ei hysgrifennu heb i athro sy'n siarad Cymraeg ei hadolygu. Os byddai eich ysgol yn dweud rhywbeth yn well, cywirwch hi os gwelwch yn dda: mae ffeiliau'r lefelau yn dal Cymraeg pob testun wrth ymyl y Saesneg.

## Joining a class
join-no-such-class = Doedden ni ddim yn gallu dod o hyd i ddosbarth gyda'r cod yna. Gwiria fe gyda dy athro.
join-no-cards = Does dim cardiau mewngofnodi gan y dosbarth yma eto. Gofynna i dy athro.
join-wrong-pin = Dydy'r PIN yna ddim yn cyfateb i'r cerdyn yma. Rho gynnig arall arni.
join-card-unusable = Does dim modd defnyddio'r cerdyn yma yn y gêm. Gofynna i dy athro am un newydd.
join-server-unexpected = Anfonodd gweinydd y dosbarth rywbeth annisgwyl.
join-too-many-tries = Dyna lawer o gynigion. Aros funud, neu gofynna i dy athro am help.
join-card-locked = Mae'r cerdyn hwn wedi'i gloi ar ôl gormod o PINau anghywir. Gofynna i dy athro ei ddatgloi.
join-error-status = Gwall { $status }.
reply-unreadable = Doedd gweinydd y dosbarth ddim yn gallu darllen beth anfonodd y gêm. Gofynna i dy athro.
reply-not-in-class = Dydy'r cerdyn mewngofnodi hwn ddim mewn dosbarth bellach. Gofynna i dy athro.
reply-not-found = Doedd gweinydd y dosbarth ddim yn gallu dod o hyd i beth ofynnodd y gêm amdano. Gofynna i dy athro.
reply-too-big = Roedd hynny'n ormod i'w anfon at weinydd y dosbarth ar unwaith. Gofynna i dy athro.
reply-not-accepted = Doedd gweinydd y dosbarth ddim yn gallu derbyn y canlyniad hwn. Efallai nad oes ganddo'r lefel hon. Gofynna i dy athro.
join-server-problem = Mae problem gyda gweinydd y dosbarth. Rho gynnig arall arni cyn bo hir, neu gofynna i dy athro.
join-unreachable = Doedden ni ddim yn gallu cyrraedd dy ddosbarth. Gwiria'r rhyngrwyd, neu gofynna i dy athro.
join-type-code = Teipia'r cod dosbarth gest ti gan dy athro.
join-class-name = Dosbarth: { $class }
join-find-card = Chwilia am dy gerdyn. Mae dy lysenw a dy lun arno fe.
join-type-pin = Teipia'r rhif PIN sydd ar dy gerdyn.
join-delete = Dileu
join-checking = Yn gwirio…
join-nothing-else = { $teacher_can_see } Does dim byd arall amdanat ti'n cael ei anfon.

## What was played here, notes for teachers (grown-ups: chi)
played-heading = Beth gafodd ei chwarae ar y ddyfais hon
played-nobody = Does neb wedi chwarae ar y ddyfais hon eto.
played-risky = Mae dewis mentrus ar y cynnig cyntaf yn rhan o ddysgu: mae'r gêm yn dangos beth allai ddigwydd, ac wedyn yn gadael i'r chwaraewr ddewis eto. Lle digwyddodd hynny, mae cwestiwn isod i siarad amdano gyda'ch gilydd.
played-in-class = Yn y dosbarth "{ $class }". { $teacher_can_see }
played-no-levels = Dim lefelau wedi'u gorffen eto.
played-refused =
    { $count ->
        [one] Wnaeth 1 canlyniad ddim cyrraedd yr athro: wnaeth gweinydd y dosbarth ddim ei dderbyn. Dangoswch y rhestr hon i'r athro.
       *[other] Wnaeth { $count } canlyniad ddim cyrraedd yr athro: wnaeth gweinydd y dosbarth ddim eu derbyn. Dangoswch y rhestr hon i'r athro.
    }
played-level-record =
    cynnig cyntaf { $first } o 3, gorau { $best } o 3, wedi chwarae { $plays ->
        [one] unwaith
        [two] ddwywaith
       *[other] { $plays } gwaith
    }
played-teaches = Beth mae'n ei ddysgu: { $objective }
played-talk-about = I siarad amdano gyda'ch gilydd: { $question }
notes-before-lesson = Cyn gwers: cytunwch ar reolau sylfaenol a gwybod pwy yw eich Arweinydd Diogelu Dynodedig (DSL).
notes-print = Argraffu'r nodiadau hyn
notes-print-tab = Yr holl nodiadau ar un dudalen, mewn tab newydd, yn barod i'w hargraffu.
notes-print-at = Yr holl nodiadau ar un dudalen, yn barod i'w hargraffu: { $address }
notes-objective = Amcan: { $objective }
notes-talk-about =
    Trafodwch:
    { $list }
notes-watch-for =
    Byddwch yn effro i:
    { $list }
notes-safeguarding = Diogelu: { $text }

## The map
map-place-done = { $name }: { $done } o { $total } lefel wedi gorffen
map-place-all-done = { $name }: pob un o’r { $total } lefel wedi gorffen
map-welcome = Helo, { $nickname }! Croeso! ({ $world })
map-pick-place = Dewisa le i weld ei lefelau. Mae pob lefel ar agor: mae'r llwybr yn dangos trefn dda.
map-all-levels = Pob lefel
map-all-done = Wedi gorffen y cyfan
map-next-on-path = Nesaf ar y llwybr
map-place-next = { $done } o { $total } wedi gorffen. Nesaf ar y llwybr: { $title }.
map-place-finished = Pob un o'r { $total } wedi gorffen yma! Chwarae unrhyw un eto, neu cerdda ymlaen.
map-end-of-path = Dyma ddiwedd y llwybr. Edrycha ar dy fathodynnau!
map-whos-who = Pwy yw pwy

## The corners, options and the screen-reader mirror
options-button = Dewisiadau
read-screen = Darllen y sgrin yn uchel
speaker-read-this = Darllen hwn yn uchel
more-below = Mwy isod
options-stay-set = Mae'r rhain yn aros fel hyn i'r chwaraewr yma ar y ddyfais hon.
options-how-big = Pa mor fawr yw'r geiriau
options-seeing-hearing = Gweld, clywed a symud
options-contrast = Lliwiau cyferbyniad uchel
options-easy-read = Llythrennau hawdd eu darllen
options-calm = Modd tawel: does dim byd yn symud
options-sounds = Synau
options-read-aloud = Darllen yn uchel
options-no-welsh-voice = Does dim llais Cymraeg ar y ddyfais hon, felly mae darllen yn uchel yn aros yn dawel i eiriau Cymraeg.
mirror-digits-typed = { $typed } o { $wanted } rhif wedi'u teipio

## Text sizes
options-size-normal = Testun arferol
options-size-big = Testun mawr
options-size-biggest = Testun mwyaf

## Levels that could not be loaded
levels-list-broken = Doedd dim modd llwytho'r rhestr o lefelau, felly efallai bod rhai lefelau ar goll: gofynna i dy athro redeg y gwiriwr lefelau.
levels-broken =
    { $count ->
        [one] Doedd dim modd llwytho 1 lefel: gofynna i dy athro redeg y gwiriwr lefelau.
       *[other] Doedd dim modd llwytho { $count } lefel: gofynna i dy athro redeg y gwiriwr lefelau.
    }

## Dates
due-date = Erbyn { $date }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Options: language
options-language = Iaith
