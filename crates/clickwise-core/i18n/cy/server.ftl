# Tudalennau'r gweinydd dosbarth i athrawon (a'r tudalennau printiedig i ddisgyblion a rhieni).
# Heb ei adolygu gan athro sy'n siarad Cymraeg: gweler levels/glossary-cy.md.

## Ffrâm y dudalen

page-title = { $title } · Clickwise i athrawon
skip-to-content = Neidio i'r cynnwys
brand-for-teachers = i athrawon
signed-in-as = Wedi mewngofnodi fel { $email }
sign-out = Allgofnodi

## Tudalennau gwall

error-title = Aeth rhywbeth o'i le
error-sorry = Mae'n ddrwg gennym
error-back-to-classes = Yn ôl i'ch dosbarthiadau
error-database-busy = Mae'r gronfa ddata'n brysur neu ddim ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn munud.
error-not-found = Does dim tudalen o'r fath, neu mae'n perthyn i athro arall.
error-form-expired = Mae'r ffurflen honno wedi dod i ben. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
error-form-unreadable = Doedd dim modd darllen y ffurflen honno. Rhowch gynnig arall arni.
error-language-unknown = Dewiswch English neu Cymraeg.
error-back-off-site = Gofynnodd y ffurflen honno am fynd yn ôl i dudalen sydd ddim ar y wefan hon.

## Creu cyfrif a mewngofnodi

sign-up-title = Creu cyfrif athro
sign-up-button = Creu cyfrif
sign-in-title = Mewngofnodi
sign-in-button = Mewngofnodi
sign-in-email = Cyfeiriad e-bost yr ysgol
sign-in-password = Cyfrinair
sign-up-password = Cyfrinair (o leiaf { $min } nod)
sign-up-have-account = Oes gennych chi gyfrif yn barod?
sign-up-privacy = Mae Clickwise yn cadw eich e-bost a chyfrinair wedi'i sgramblo (hash). Dydy disgyblion byth yn rhoi eu henwau: maen nhw'n defnyddio'r cardiau llysenw rydych chi'n eu printio.
sign-in-new-here = Newydd yma?
sign-in-expired = Roedd y ffurflen honno wedi dod i ben. Rhowch gynnig arall arni.
sign-up-too-many = Gormod o gyfrifon newydd o'r fan hon. Rhowch gynnig arall arni nes ymlaen.
sign-up-bad-email = Rhowch gyfeiriad e-bost llawn.
sign-up-short-password = Dewiswch gyfrinair o leiaf { $min } nod.
sign-up-not-stored = Doedd dim modd cadw'r cyfrinair. Rhowch gynnig arall arni.
sign-up-taken = Mae cyfrif ar gyfer yr e-bost hwnnw'n barod. Mewngofnodwch yn lle hynny.
sign-in-too-many = Gormod o gynigion. Arhoswch funud a rhowch gynnig arall arni.
sign-in-no-match = Dydy'r e-bost a'r cyfrinair yna ddim yn cyfateb i gyfrif.

## Enwau: grwpiau oed, pynciau, llinynnau Education for a Connected World

phase-Ks1 = Oed 4 i 7
phase-LowerKs2 = Oed 7 i 9
phase-UpperKs2 = Oed 9 i 11
topic-StopThinkClick = Stopia, Meddylia, Clicia
topic-OnlineFriends = Ffrindiau ar-lein
topic-Privacy = Cadw pethau'n breifat
topic-Reporting = Dweud a rhoi gwybod
topic-Passwords = Cyfrineiriau
topic-Kindness = Bod yn garedig ar-lein
topic-Information = Gwir neu beidio?
topic-Wellbeing = Amser sgrin iach
topic-Copyright = Pwy a'i gwnaeth?
topic-Shopping = Ffenestri naid a phrynu
topic-Images = Lluniau
topic-Identity = Pwy ydw i ar-lein?
strand-si = Hunanddelwedd a hunaniaeth
strand-or = Perthnasoedd ar-lein
strand-rep = Enw da ar-lein
strand-ob = Bwlio ar-lein
strand-ms = Rheoli gwybodaeth ar-lein
strand-hw = Iechyd, lles a ffordd o fyw
strand-pi = Preifatrwydd a diogelwch
strand-co = Hawlfraint a pherchnogaeth
strand-other = Arall
status-Secure = Sicr
status-WorkingTowards = Yn gweithio tuag ato
status-short-secure = S
status-short-towards = GT
change-Better = Gwell
change-Same = Yr un fath
change-Lower = Is
efcw-name = Education for a Connected World
dcf-name = Fframwaith Cymhwysedd Digidol
dcf-citizenship = Fframwaith Cymhwysedd Digidol: Dinasyddiaeth

## Geiriau ar sawl tudalen

save = Cadw
cancel = Canslo
all-classes = Pob dosbarth
not-started = heb ddechrau
not-started-heading = Heb ddechrau
since-first-level = Ers y lefel gyntaf
appears-once-assigned = Yn ymddangos unwaith y bydd lefelau wedi'u pennu.
appears-once-played = Yn ymddangos unwaith y bydd lefelau wedi'u pennu neu eu chwarae.
appears-once-finished = Yn ymddangos unwaith y bydd y disgybl hwn wedi gorffen lefel.
of-count = { $n } o { $total }
pupils-count = { $count ->
    [zero] Dim disgyblion
    [one] { $count } disgybl
    [two] { $count } ddisgybl
    [few] { $count } disgybl
    [many] { $count } disgybl
   *[other] { $count } o ddisgyblion
}
changes-counts = { $better } yn well, { $same } yr un fath, { $lower } yn is
col-pupil = Disgybl
col-pupils = Disgyblion
col-level = Lefel
col-badges = Bathodynnau
col-question = Y cwestiwn
col-choice = Y dewis
col-first-choice = Eu dewis cyntaf
col-why-word = Pam mae'n werth gair
col-statement = Datganiad
col-strand = Llinyn
col-taught-in = Yn cael ei addysgu yn
col-status = Statws
col-first-tries = Cynigion cyntaf
col-element = Elfen
col-stars-earned = Sêr a enillwyd
col-finished-all = Wedi gorffen ei lefelau i gyd
col-badge = Bathodyn
col-badge-says = Beth mae'n ei ddweud
col-first-seen = Gwelwyd gyntaf

## Tudalen y dosbarth

cell-late = hwyr
cell-late-sr = : ar ôl y dyddiad cyflwyno, heb ddechrau
cell-first = 1af { $stars }
cell-best-sr = gorau { $best } o 3 seren
cell-first-sr = , cynnig cyntaf { $first }
join-heading = Mae disgyblion yn ymuno gyda
join-code = Cod y dosbarth:
join-link = Neu agorwch y ddolen hon:
join-pupils-told = Mae'r gêm yn dweud wrth ddisgyblion: “Mae dy athro yn gallu gweld pa lefelau rwyt ti'n eu gorffen, dy sgoriau a'r dewisiadau rwyt ti'n eu gwneud.”
join-refreshes = Mae'r dudalen hon yn adnewyddu bob munud wrth i ganlyniadau gyrraedd.
join-qr = Cod QR ar gyfer y ddolen ymuno
tools-heading = Offer y dosbarth
tools-assign = Dewis lefelau i'w pennu
tools-cards = Printio cardiau mewngofnodi ({ $count })
tools-certificates = Printio tystysgrifau
tools-home-pack = Printio pecyn cartref i rieni (llythyr, cod QR, pethau i siarad amdanyn nhw)
tools-summary = Crynodeb y dosbarth (i'w brintio, gyda dyddiad)
tools-results-csv = Lawrlwytho canlyniadau (CSV)
tools-summary-csv = Lawrlwytho crynodeb ar gyfer pob disgybl (CSV)
tools-delete = Dileu'r dosbarth hwn a'i ddata
practice-link = Dolen ymarfer gartref (dim mewngofnodi, dim byd yn cael ei anfon i'r gweinydd):
grid-heading = Cynnydd
grid-no-pupils = Dim disgyblion eto.
grid-make-cards = Gwnewch gardiau mewngofnodi i'w hychwanegu.
grid-no-levels = Dim lefelau wedi'u pennu na'u chwarae eto.
grid-assign = Pennwch rai lefelau.
grid-caption = Sêr pob disgybl a lefel: y canlyniad gorau, gyda'r cynnig cyntaf oddi tano pan mae'n wahanol; a'r bathodynnau a gasglwyd
grid-not-assigned = (heb ei phennu)
by-topic = Fesul pwnc
by-element = Fesul elfen (Fframwaith Cymhwysedd Digidol: Dinasyddiaeth)
by-strand = Fesul llinyn (Education for a Connected World)
chart-topics = Sêr a enillwyd ym mhob pwnc, o'r holl sêr posib
chart-elements = Sêr a enillwyd ym mhob elfen, o'r holl sêr posib
chart-strands = Sêr a enillwyd ym mhob llinyn, o'r holl sêr posib
percent-note = Mae pob canran yn dangos y sêr a enillwyd (cynnig gorau pob disgybl) o'r holl sêr posib: 3 i bob disgybl ar gyfer pob lefel yn y grid uchod, gyda lefel heb ei chwarae'n cyfrif fel dim.
settings-heading = Gosodiadau'r dosbarth

## Cipolwg

glance = Cipolwg
needs-word = Angen gair
glance-nobody = Neb hyd yma.
glance-choices = { $count ->
    [zero] dim dewisiadau cynnig cyntaf
    [one] { $count } dewis cynnig cyntaf
    [two] { $count } ddewis cynnig cyntaf
    [few] { $count } dewis cynnig cyntaf
    [many] { $count } dewis cynnig cyntaf
   *[other] { $count } o ddewisiadau cynnig cyntaf
}
glance-talk = I siarad amdano yfory
glance-nothing-yet = Dim byd eto.
glance-not-started-late = Heb ddechrau neu'n hwyr
glance-no-pupils = Dim disgyblion eto.
glance-all-started = Mae pawb wedi dechrau, a does dim byd yn hwyr.
glance-not-started = Heb ddechrau eto:
glance-late = Hwyr
glance-late-why = (ar ôl y dyddiad cyflwyno, heb ei chwarae):
glance-late-level = { $level }, erbyn { $date }
glance-statements = Datganiadau:
glance-statements-counts = { $secure } yn sicr, { $towards } yn gweithio tuag ato, dros { $count ->
    [zero] ddim datganiadau.
    [one] { $count } datganiad.
    [two] { $count } ddatganiad.
    [few] { $count } datganiad.
    [many] { $count } datganiad.
   *[other] { $count } o ddatganiadau.
}
glance-summary-link = Crynodeb o'r dosbarth i'w brintio

## Angen gair; siarad amdano yn y dosbarth

needs-word-note = Dewisiadau cynnig cyntaf sy'n werth gair tawel, caredig. Nid sgoriau ydyn nhw: gall disgybl ennill tair seren a bod yma o hyd.
needs-word-safeguarding = Os yw unrhyw beth mae disgybl yn ei ddweud yn eich poeni, dilynwch bolisi diogelu eich ysgol a siaradwch â'ch Arweinydd Diogelu Dynodedig (DSL).
needs-word-empty = Dim byd hyd yma. Bydd dewisiadau sy'n werth gair yn ymddangos yma wrth i ddisgyblion chwarae.
needs-word-caption = { $count ->
    [zero] Dim dewisiadau cynnig cyntaf sy'n werth gair
    [one] { $count } dewis cynnig cyntaf sy'n werth gair
    [two] { $count } ddewis cynnig cyntaf sy'n werth gair
    [few] { $count } dewis cynnig cyntaf sy'n werth gair
    [many] { $count } dewis cynnig cyntaf sy'n werth gair
   *[other] { $count } o ddewisiadau cynnig cyntaf sy'n werth gair
}
needs-word-questions = Cwestiynau i siarad amdano
talk-heading = Siarad amdano yn y dosbarth
talk-empty = Bydd y dewisiadau mae disgyblion yn eu gwneud ar gynnig cyntaf nad oedd y rhai mwyaf diogel yn ymddangos yma, y rhai mwyaf cyffredin gyntaf.
talk-caption = Dewisiadau cynnig cyntaf nad oedd y rhai mwyaf diogel, y rhai mwyaf cyffredin gyntaf
talk-also-flagged = Hefyd yn “Angen gair”
talk-more = { $count ->
    [zero] Dim mwy
    [one] { $count } arall yn y canlyniadau i'w lawrlwytho (CSV).
   *[other] { $count } arall yn y canlyniadau i'w lawrlwytho (CSV).
}
talk-questions = Cwestiynau i'w trafod
finding-missed-clue = Wedi methu'r cliw “{ $text }”
finding-picked-fine = Wedi dewis “{ $text }” fel cliw, er ei fod yn iawn
finding-wrong-box = Wedi rhoi “{ $card }” yn “{ $box }” (mae'n perthyn yn “{ $right }”)

## Datganiadau a'r FfCD

rule-intro = Wedi'i gyfrifo o gynigion cyntaf yn unig. Mae cynnig cyntaf yn dangos datganiad pan na wnaeth ddewis peryglus ac enillodd 2 seren neu fwy.
rule-secure = mae cynnig cyntaf diweddaraf y disgybl ar lefel sy'n ei addysgu yn ei ddangos, ac mae o leiaf hanner ohonyn nhw'n ei ddangos.
rule-towards = fel arall.
rule-since = pan ddaw datganiad eto mewn lefel ddiweddarach, y cynnig cyntaf diweddaraf o'i gymharu â'r cyntaf (mae newid o lai na 10 pwynt mewn 100 yn cyfrif fel yr un fath).
statements-caption = Datganiadau mae lefelau'r dosbarth yn eu haddysgu (Education for a Connected World)
statements-grid-caption = Pob disgybl a phob datganiad: S sicr, GT yn gweithio tuag ato, – heb ddechrau; oddi tano, ers y lefel gyntaf
statements-pupil-caption = Datganiadau Education for a Connected World a gyflawnwyd hyd yma
not-met-again = Heb ei gyfarfod eto
first-tries-showed = { $shown } o { $tries } wedi'i ddangos
dcf-no-level = Dim lefel ar y dangosfwrdd eto
dcf-stars-note = Sêr a enillwyd: o'r holl sêr posib ar lefelau'r elfen ar y dangosfwrdd hwn (3 i bob disgybl ar gyfer pob lefel, y cynnig gorau; mae lefel heb ei chwarae'n cyfrif fel dim).
dcf-pupil-progress = { $finished } o { $levels } lefel wedi'u gorffen, { $stars } o { $possible } seren

## Bathodynnau

badges-none-sr = dim bathodynnau eto
badges-sr = bathodyn:
badges-none = Dim bathodynnau eto. Mae'r gêm yn rhoi un ar gyfer pob llinyn unwaith y bydd pob lefel sy'n ei addysgu wedi'i gorffen, ac yn anfon y bathodynnau gyda phob canlyniad.
badges-caption = Bathodynnau a gasglwyd hyd yma: { $count }

## Cadw data

retention-notice = Bydd y dosbarth hwn a'i ganlyniadau'n cael eu dileu ar ddiwedd { $date }.
retention-change = Newid y dyddiad
retention-heading = Cadw data
retention-kept-until = Yn cael ei gadw tan ddiwedd { $date }. Wedyn bydd y dosbarth hwn, ei gardiau mewngofnodi a'u holl ganlyniadau a bathodynnau'n cael eu dileu am byth.
retention-other-date = Ei gadw tan ddyddiad arall
retention-delete-now = Ei ddileu nawr
retention-title = Am faint i gadw { $class }
retention-now = Yn cael ei gadw ar hyn o bryd tan ddiwedd { $date }.
retention-legend = Cadw'r dosbarth hwn a'i ganlyniadau tan
retention-this-year = ddiwedd y flwyddyn ysgol hon: { $date }
retention-next-year = ddiwedd y flwyddyn ysgol nesaf: { $date }
retention-another-day = ddiwedd diwrnod arall:
retention-last-day = Y diwrnod olaf i gadw'r dosbarth
retention-form-note = Mae blwyddyn ysgol yn gorffen ar 31 Gorffennaf. Ar ôl y diwrnod y byddwch chi'n ei ddewis, bydd y dosbarth hwn, ei gardiau mewngofnodi a'u holl ganlyniadau a bathodynnau'n cael eu dileu am byth (o fewn yr awr); fydd disgyblion ddim yn gallu mewngofnodi gyda'i gardiau wedyn. Gallwch chi ddewis diwrnod hyd at { $years } blynedd ymlaen.

## Eich dosbarthiadau; gwneud a dileu dosbarth; gosodiadau'r dosbarth

home-title = Eich dosbarthiadau
home-notes-link = Nodiadau athrawon ar gyfer pob lefel
home-notes-what = (amcanion, cwestiynau i'w trafod, beth i gadw llygad amdano, diogelu)
home-no-classes = Does gennych chi ddim dosbarthiadau eto. Gwnewch un isod: bydd yn cael cod dosbarth i ddisgyblion ymuno ag ef.
home-classes = Dosbarthiadau
col-class = Dosbarth
col-age-group = Grŵp oed
col-class-code = Cod y dosbarth
make-class = Gwneud dosbarth
class-name-label = Enw'r dosbarth (i chi; mae disgyblion yn ei weld hefyd)
class-name-example = Blwyddyn 3 Derwen
make-class-kept = Mae'n cael ei gadw tan ddiwedd y flwyddyn ysgol mae ar ei chyfer ({ $date }), ac wedyn yn cael ei ddileu gyda'i holl ganlyniadau. Gallwch chi ddewis dyddiad arall ar ei dudalen.
make-class-button = Gwneud y dosbarth
class-name-length = Mae angen 1 i 60 nod ar enw dosbarth.
class-phase-pick = Dewiswch grŵp oed o'r rhestr.
delete-page = Dileu dosbarth
delete-title = Dileu { $class }?
delete-what = Mae hyn yn dileu'r dosbarth, ei gardiau mewngofnodi ({ $cards }) a'i holl ganlyniadau ({ $results }), am byth. Does dim modd ei ddadwneud.
delete-button = Dileu'r dosbarth a'i ddata
delete-keep = Ei gadw
class-language-legend = Yr iaith mae disgyblion yn dechrau ynddi
class-language-note = Mae disgyblion sy'n ymuno â'r dosbarth hwn yn dechrau'r gêm yn yr iaith hon. Gall pob disgybl newid ar ei broffil o hyd.
framework-choose = Dewiswch fframwaith.
framework-legend = Dangos cynnydd yn ôl
framework-efcw = Education for a Connected World (llinynnau a datganiadau)
framework-dcf = Fframwaith Cymhwysedd Digidol, Cymru (elfennau Dinasyddiaeth)
framework-note = Mae'r dangosfwrdd, y taenlenni a thudalen pob disgybl yn dilyn hyn.
new-code-button = Rhoi cod newydd i'r dosbarth
new-code-note = Os aeth cod y dosbarth ar led, mae un newydd yn ei atal rhag gweithio ar unwaith. Mae disgyblion sydd wedi mewngofnodi'n barod yn dal ati; printiwch y cardiau eto ar gyfer y cod newydd.

## Tudalen disgybl

pupil-levels = Lefelau
col-first-try = Cynnig cyntaf
col-best = Gorau
col-plays = Chwarae
col-last-played = Chwarae ddiwethaf
col-talk-first-try = I siarad amdano o'r cynnig cyntaf

## Cardiau mewngofnodi

cards-title = Cardiau mewngofnodi
cards-heading = Cardiau mewngofnodi: { $class }
cards-print-now = Printiwch y cardiau hyn nawr.
cards-pins-once = Dim ond ar y dudalen hon mae eu PINau i'w gweld: mae Clickwise yn cadw PINau mewn ffurf na all neb ei darllen yn ôl. Os bydd cerdyn yn mynd ar goll wedyn, rhowch PIN newydd iddo.
cards-all = Holl gardiau'r dosbarth
cards-add-count = Ychwanegu hyn o gardiau
cards-add = Ychwanegu cardiau
cards-full = Mae gan y dosbarth hwn yr holl gardiau y gall eu cael ({ $count }): un ar gyfer pob anifail.
cards-new-pins = PINau newydd i bob cerdyn, i'w printio eto
cards-animals-note = Llun pob cerdyn yw anifail ei lysenw, a does dim dau gerdyn mewn dosbarth yn rhannu un, felly gall disgybl sydd ddim yn gallu darllen eto ddod o hyd i'r cerdyn gyda'i anifail (a'i liw) yn y gêm.
cards-cut-note = Torrwch y cardiau allan ac ysgrifennwch enw pob disgybl ar ei gerdyn â llaw. Cadwch nhw yn y dosbarth: y PIN sy'n gadael i ddisgybl fewngofnodi fel ei gerdyn.
cards-print-how = I brintio, defnyddiwch Argraffu eich porwr (Ctrl+P, neu ⌘P ar Mac): mae'r dudalen yn printio'r cardiau yn unig.
cards-too-many = Gall dosbarth gael hyd at { $max } cerdyn (un ar gyfer pob anifail); mae lle i { $room } arall yn hwn.
card-colour = Cerdyn { $colour }
colour-blue = glas
colour-orange = oren
colour-green = gwyrdd
colour-purple = porffor
colour-pink = pinc
colour-yellow = melyn
colour-red = coch
card-pin = PIN
card-pin-hidden = PIN: ar y cerdyn printiedig
card-name = Enw:
card-new-pin = PIN newydd
card-remove = Tynnu'r cerdyn hwn…
locked-heading = Cardiau wedi'u cloi
locked-note = Cafodd y cardiau hyn eu cloi ar ôl { $count } PIN anghywir yn olynol, rhag ofn bod rhywun yn dyfalu. Gwiriwch fod gan y disgybl ei gerdyn ei hun, yna datgloi.
unlock-card = Datgloi { $nickname }
remove-page = Tynnu cerdyn
remove-title = Tynnu { $nickname }?
remove-what = Mae hyn yn dileu'r cerdyn { $nickname } a phopeth sy'n cael ei gadw ar ei gyfer: canlyniadau lefelau ({ $count }), ei fathodynnau, a'r dyfeisiau sydd wedi mewngofnodi gydag ef. Does dim modd ei ddadwneud.
remove-when = Defnyddiwch hwn pan fydd disgybl yn gadael, neu pan fydd rhiant yn gofyn am ddileu data ei blentyn. Dydy gweddill y dosbarth ddim yn cael ei gyffwrdd.
remove-button = Tynnu { $nickname } a'i ganlyniadau

## Y ffeiliau CSV (penawdau'n un gair, ar gyfer taenlenni)

csv-yes = ie
csv-no = na
csv-nickname = llysenw
csv-level-id = id_lefel
csv-level = lefel
csv-strands = llinynnau
csv-statements = datganiadau
csv-dcf-elements = elfennau_ffcd
csv-dcf-element-ids = ids_elfennau_ffcd
csv-assigned = wedi_pennu
csv-due = erbyn
csv-after-due = ar_ôl_y_dyddiad
csv-attempt-id = id_cynnig
csv-first-try = cynnig_cyntaf
csv-points = pwyntiau
csv-max-points = pwyntiau_uchaf
csv-stars = sêr
csv-started = dechreuwyd
csv-finished = gorffennwyd
csv-risky-choices = dewisiadau_peryglus
csv-needs-a-word = angen_gair
csv-badges = bathodynnau
csv-levels-finished = lefelau_wedi_gorffen
csv-assigned-finished = wedi_pennu_wedi_gorffen
csv-late = hwyr
csv-first-try-stars = sêr_cynnig_cyntaf
csv-best-stars = sêr_gorau
csv-dcf-column = FfCD: { $element }
csv-level-first-try = { $level } (cynnig cyntaf)
csv-level-best = { $level } (gorau)
csv-status-change = { $status } ({ $change } ers y lefel gyntaf)

## Crynodeb y dosbarth

summary-print-hint = Printiwch y dudalen hon o'ch porwr i gael cofnod gyda dyddiad.
summary-title = Crynodeb y dosbarth: { $class }
summary-printed = Wedi'i brintio { $date }
summary-against = Yn erbyn Education for a Connected World UKCIS (2020). Mae disgyblion yn chwarae dan lysenwau ffug; dydy'r crynodeb hwn ddim yn enwi neb.
summary-coverage = Cwmpas
summary-levels = Lefelau wedi'u pennu: { $assigned }; wedi'u pennu neu eu chwarae: { $all }.
summary-started = { $started } o { $pupils } disgybl wedi dechrau; { $tries } cynnig cyntaf i gyd.
summary-statements = Datganiadau wedi'u haddysgu: { $count }, mewn { $strands } o'r 8 llinyn.
col-assigned = Wedi'i phennu
col-due = Erbyn
col-played-it = Disgyblion a'i chwaraeodd
col-choices = Dewisiadau
yes = Ie
no = Na
summary-strands = Llinynnau
summary-none-yet = Dim eto: pennwch rai lefelau.
summary-strands-caption = Fesul llinyn: datganiadau wedi'u haddysgu, a disgyblion sy'n sicr neu'n gweithio tuag atyn nhw (wedi'u cyfrif unwaith ar gyfer pob datganiad)
summary-statements-heading = Datganiadau
summary-stars-note = Sêr a enillwyd: o'r holl sêr posib ar lefelau'r llinyn (3 i bob disgybl ar gyfer pob lefel, y cynnig gorau; mae lefel heb ei chwarae'n cyfrif fel dim).
summary-changed = Beth sydd wedi newid ers y lefel gyntaf
summary-not-again = Does dim datganiad wedi dod eto mewn lefel ddiweddarach hyd yma.
summary-again = Lle daeth datganiad eto mewn lefel ddiweddarach, cynnig cyntaf diweddaraf pob disgybl o'i gymharu â'i gyntaf:
summary-flags = Angen gair (niferoedd)
summary-no-flags = Does dim dewis cynnig cyntaf wedi bod angen gair.
summary-flags-caption = Dewisiadau cynnig cyntaf sy'n werth gair tawel, fesul lefel (mae'r enwau ar dudalen y dosbarth)
summary-talked = Wedi'u trafod fwyaf

## Tystysgrifau (i ddisgyblion: "ti")

certificates-page = Tystysgrifau
certificates-title = Tystysgrifau: { $class }
certificates-intro = Tystysgrif i bob disgybl sydd wedi gorffen lefel, un ar bob tudalen. Ysgrifennwch enw go iawn pob disgybl ar ei dystysgrif â llaw, a'i llofnodi.
certificates-school-label = Ysgol (wedi'i phrintio ar bob un; gadewch yn wag i'w hysgrifennu â llaw)
certificates-show = Eu dangos gyda'r rhain
certificates-print = Yna printiwch gyda Ctrl+P (⌘P ar Mac).
certificates-without = Dim tystysgrif eto (dim lefel wedi'i gorffen): { $nicknames }.
certificate-brand = cadw'n ddiogel ac yn garedig ar-lein
certificate-well-done = Da iawn, { $nickname }!
certificate-for = Mae'r dystysgrif hon ar gyfer
certificate-write-name = ysgrifenna dy enw yma
certificate-summary = a chwaraeodd Clickwise fel { $nickname }, a orffennodd { $levels ->
    [zero] ddim lefelau
    [one] { $levels } lefel
    [two] { $levels } lefel
   *[other] { $levels } o lefelau
}{ $badges ->
    [0] {""}
    [one] {" "}a chasglu { $badges } bathodyn
    [two] {" "}a chasglu { $badges } fathodyn
   *[other] {" "}a chasglu { $badges } o fathodynnau
}, ac sy'n gallu dweud nawr:
certificate-date = Dyddiad
certificate-school = Ysgol
certificate-signed = Llofnod

## Nodiadau athrawon

notes-page = Nodiadau athrawon
notes-back-to-game = Yn ôl i'r gêm
notes-print = Printiwch y dudalen hon i gael set o nodiadau (Ctrl+P).
notes-before = Cyn gwers: cytunwch ar reolau sylfaenol, gwybod pwy yw eich Arweinydd Diogelu Dynodedig (DSL), ac atgoffwch ddisgyblion y gallan nhw bob amser ddweud wrth oedolyn maen nhw'n ymddiried ynddo. Mae disgyblion yn chwarae fel cymeriadau, felly does dim rhaid i neb siarad amdanyn nhw eu hunain.
notes-objective = Amcan:
notes-talk = Siarad am
notes-watch = Cadw llygad am
notes-safeguarding = Diogelu:

## Y pecyn cartref (i rieni a gofalwyr)

pack-page = Pecyn cartref
pack-title = Pecyn cartref: { $class }
pack-intro = Llythyr i bob teulu: beth yw Clickwise, beth sy'n cael ei gadw am eu plentyn a beth sydd ddim, a sut i chwarae gartref, gyda chod QR ar gyfer y ddolen ymarfer gartref a phethau i siarad amdanyn nhw ar gyfer y lefelau rydych chi wedi'u pennu.
pack-no-levels = Does dim lefelau wedi'u pennu eto, felly mae'r ddolen yn agor y gêm heb eich lefelau chi yn gyntaf a does dim sbardunau sgwrs.
pack-print = Printiwch gyda Ctrl+P (⌘P ar Mac): mae'r llythyr yn ffitio ar un dudalen ac mae'r sbardunau sgwrs yn dilyn.
letter-title = Chwarae Clickwise gartref
letter-dear = Annwyl riant neu ofalwr,
letter-intro = Yn y dosbarth rydyn ni'n chwarae Clickwise, gêm am ddim am gadw'n ddiogel ac yn garedig ar-lein, wedi'i gwneud ar gyfer plant ysgol gynradd. Ym mhob lefel, mae cymeriadau cyfeillgar yn cael ffenestri naid, negeseuon a chynigion. Mae eich plentyn yn dewis beth ddylai'r cymeriad ei wneud ac yn clywed pam, mewn geiriau caredig a syml. Mae pob lefel yn gorffen gyda phwy i ddweud wrthyn nhw os oes rhywbeth ar-lein yn peri gofid.
letter-kept = Beth sy'n cael ei gadw, a beth sydd ddim
letter-nickname = Yn y dosbarth, mae eich plentyn yn chwarae fel llysenw ffug gyda llun anifail (fel “Happy Panda”). Dydyn ni byth yn gofyn am eu henw, e-bost, pen-blwydd, llun na lle maen nhw'n byw, nac yn eu cadw, a does unman yn y gêm i deipio.
letter-server = Mae gweinydd Clickwise yr ysgol ei hun yn cadw pa lefelau gafodd eu chwarae yn y dosbarth, y botymau a ddewiswyd a'r sgoriau, er mwyn i'r athro weld beth i siarad amdano nesaf. Mae canlyniadau'n cael eu cadw tan { $date } fan bellaf: wedyn maen nhw'n cael eu dileu gyda'r dosbarth, neu'n gynt os bydd yr athro'n ei ddileu.
letter-home = Gartref does dim cyfrif a dim mewngofnodi. Does dim byd sy'n cael ei chwarae gyda'r ddolen isod yn cael ei anfon i'r ysgol nac i unman arall: mae'r cynnydd yn aros yn y porwr gwe ar eich dyfais.
letter-no-other-sites = Dydy'r gêm byth yn llwytho dim o wefannau eraill: dim hysbysebion, dim tracwyr, dim sgwrsio gyda dieithriaid.
letter-qr = Cod QR ar gyfer y ddolen ymarfer gartref
letter-how = Sut i chwarae gartref
letter-scan = Sganiwch y cod QR gyda chamera ffôn neu lechen, neu teipiwch y cyfeiriad gwe hwn mewn porwr gwe:
letter-choose = Dewiswch chwaraewr a grŵp oed, yna lefel.
letter-levels-open = Mae'r lefelau rydyn ni'n eu gwneud yn y dosbarth yn agor ar unwaith. Tapiwch un i chwarae: does dim byd i'w osod.
letter-together = Chwaraewch gyda'ch gilydd os gallwch chi, a siaradwch am y dewisiadau. Mae cael un yn “anghywir” yn rhan o ddysgu: mae'r gêm yn dangos beth allai ddigwydd ac yn gadael i'ch plentyn ddewis eto.
letter-grown-ups = O dan “Oedolion: cael help” gallwch chi weld beth gafodd ei chwarae ar eich dyfais, a ble i gael help (Childline, Meic, a Chanolfan Ddiogelwch CEOP).
letter-worried = Os yw eich plentyn yn dweud wrthoch chi fod rhywbeth wedi'i boeni
letter-calm = Arhoswch yn dawel, gwrandewch, a diolchwch iddyn nhw am ddweud wrthoch chi. Dydyn nhw ddim mewn trwbl. Os ydych chi'n pryderu, rhowch wybod i ni yn yr ysgol.
letter-thanks = Diolch,
letter-teacher = athro neu athrawes y dosbarth
starters-title = Pethau i siarad amdanyn nhw gyda'ch gilydd
starters-intro = Y lefelau mae { $class } yn eu chwarae. Mae pob un yn dweud beth mae eich plentyn yn ei ddysgu, yn ei eiriau ei hun, gyda chwestiwn neu ddau i ddechrau sgwrs: amser te, yn y car, neu ar ôl chwarae.
starters-learning = Dysgu:
starters-talk = Siarad am:
starters-advice = Cyngor y gêm:

## Dewis lefelau

assign-page = Pennu lefelau
assign-title = Lefelau ar gyfer { $class }
assign-intro = Mae'r lefelau wedi'u ticio'n ymddangos gyntaf i'ch disgyblion, gyda'u dyddiadau cyflwyno. Gall disgyblion chwarae lefelau eraill ar gyfer eu hoed o hyd.
assign-this-class = { $phase } (y dosbarth hwn)
assign-save = Cadw'r lefelau
assign-other-ages = Dangos lefelau ar gyfer oedrannau eraill
assign-due-optional = Erbyn (dewisol)
assign-unknown-level = Dydy un o'r lefelau hynny ddim yn y catalog bellach. Ail-lwythwch y dudalen.
assign-bad-date = Dylai dyddiad cyflwyno edrych fel 2026-12-04.

## Brawddegau craidd am ddewisiadau cynnig cyntaf, o gwmpas geiriau'r lefel

finding-left-on = Wedi gadael “{ $label }” ar “{ $text }”: { $effect }
finding-set-to = Wedi newid “{ $label }” i “{ $text }”: { $effect }
finding-feed = Wedi dewis “{ $move }” ar gyfer “{ $text }” gan { $from }
finding-said = Dywedodd { $contact }: “{ $said }”
class-limit = Mae gennych chi { $count } dosbarth, y nifer mwyaf y gall un cyfrif ei gael. Dilëwch ddosbarth dydych chi ddim yn ei addysgu bellach yn gyntaf.

## Newid cyfrinair

password-title = Newid eich cyfrinair
password-changed = Mae eich cyfrinair wedi newid. Rydych chi wedi allgofnodi ym mhob man arall.
password-current = Eich cyfrinair nawr
password-new = Cyfrinair newydd (o leiaf { $min } nod)
password-button = Newid cyfrinair
password-wrong = Nid dyna eich cyfrinair nawr.

## Cadw data: dyddiad na ellir ei ddefnyddio

retention-bad-date = Rhowch y dyddiad fel diwrnod, mis a blwyddyn.
retention-past = Mae'r dyddiad hwnnw wedi mynd heibio: dewiswch heddiw neu ddyddiad hwyrach.
retention-too-far = Dewiswch ddyddiad dim mwy na { $years } blynedd ymlaen.
retention-choose = Dewiswch am faint i gadw'r dosbarth.

## Ysgolion: cofrestru ar gau, dolenni untro, tudalen y gweinyddwr, golwg yr ysgol

sign-up-closed = Mae cofrestru ar gau ar y gweinydd hwn. Gofynnwch i weinyddwr Clickwise eich ysgol am ddolen wahoddiad.
link-not-valid = Dydy'r ddolen hon ddim yn gweithio: efallai ei bod wedi'i defnyddio'n barod neu wedi dod i ben. Gofynnwch i weinyddwr Clickwise eich ysgol am un newydd.
link-too-many = Gormod o ddolenni wedi'u trio o'r fan hon. Arhoswch ddeg munud a rhowch gynnig arall arni.
setup-title = Sefydlu eich ysgol
setup-intro = Mae'r ddolen untro hon yn sefydlu eich ysgol ar Clickwise. Chi fydd ei gweinyddwr: rydych chi'n gwahodd athrawon, yn gallu agor cofrestru i gyfeiriadau e-bost eich ysgol, ac yn gwneud dolenni ailosod cyfrinair.
setup-school-name = Enw'r ysgol
setup-admin-email = Cyfeiriad e-bost eich ysgol
setup-button = Sefydlu'r ysgol
setup-name-length = Rhowch enw'r ysgol (hyd at 100 nod).
invite-title = Ymunwch â'ch ysgol ar Clickwise
invite-intro = Mae'r gwahoddiad hwn yn gwneud cyfrif athro ar gyfer { $email }. Dewiswch eich cyfrinair.
reset-title = Dewiswch gyfrinair newydd
reset-intro = Cyfrinair newydd ar gyfer { $email }. Bydd pob dyfais sydd wedi mewngofnodi i'r cyfrif hwn yn cael ei hallgofnodi.
reset-button = Cadw'r cyfrinair newydd
reset-done = Mae eich cyfrinair newydd wedi'i gadw, ac mae pob sesiwn ar eich cyfrif wedi dod i ben.
home-run-school = Rhedeg eich ysgol
home-school-view = Golwg yr ysgol
school-unnamed = eich ysgol
school-title = Ysgol: { $school }
school-back = Eich ysgol
school-teachers = Athrawon
school-roles-note = Gweinyddwr sy'n rhedeg y dudalen hon. Mae "Golwg yr ysgol" yn gadael i athro (arweinydd Cyfrifiadura, yr Arweinydd Diogelu Dynodedig) weld cynnydd pob dosbarth, heb allu newid dim a heb enwau disgyblion. Mae ysgol bob amser yn cadw o leiaf un gweinyddwr.
school-col-classes = Dosbarthiadau
school-col-roles = Rolau
school-col-account = Cyfrif
school-role-admin = Gweinyddwr
school-role-view = Golwg yr ysgol
school-reset-link = Gwneud dolen ailosod cyfrinair
school-delete-account = Dileu'r cyfrif…
school-invite = Gwahodd athro
school-invite-button = Gwneud dolen wahoddiad
school-invite-mailed-note = Mae'r ddolen yn cael ei hanfon i'r cyfeiriad hwnnw mewn e-bost. Mae'n gweithio unwaith, am 7 diwrnod.
school-invite-shown-note = Byddwch chi'n gweld y ddolen i'w rhoi i'r athro (dydy'r gweinydd hwn ddim yn anfon e-bost). Mae'n gweithio unwaith, am 7 diwrnod.
school-invites-waiting = Gwahoddiadau heb eu defnyddio eto
school-col-until = Yn gweithio tan
school-withdraw = Tynnu'n ôl
school-sign-up = Cofrestru
school-sign-up-closed = Mae cofrestru ar gau: mae athrawon yn ymuno drwy wahoddiad yn unig.
school-sign-up-open = Gall unrhyw un sydd â chyfeiriad e-bost yn y parthau hyn wneud cyfrif yn eich ysgol.
school-domains = Parthau e-bost sy'n agored i gofrestru (un i bob llinell, er enghraifft ysgol.example; gadewch yn wag i gau cofrestru)
school-domains-note = Rhestrwch ddim ond parthau y mae eich ysgol chi yn unig yn eu rheoli. Dydy'r gweinydd ddim yn gwirio mai'r person sy'n cofrestru sy'n berchen ar y cyfeiriad, felly gwiriwch gyfrifon newydd yn y rhestr uchod.
school-domain-bad = Dydy “{ $domain }” ddim yn barth e-bost fel ysgol.example.
school-domain-taken = Mae ysgol arall ar y gweinydd hwn wedi agor { $domain } yn barod.
school-link = Y ddolen
school-link-copy = Copïwch y ddolen hon a'i rhoi i { $email } (er enghraifft yn e-bost eich ysgol):
school-link-once = Mae'n gweithio unwaith. Gall unrhyw un sydd â hi ei defnyddio, felly anfonwch hi at y person hwnnw yn unig.
school-link-sent = Cafodd y ddolen ei hanfon mewn e-bost at { $email }.
school-link-not-sent = Doedd dim modd anfon yr e-bost, felly dyma'r ddolen yn lle hynny.
school-last-admin = Rhaid i'r ysgol gadw o leiaf un gweinyddwr. Gwnewch athro arall yn weinyddwr yn gyntaf.
school-delete-title = Dileu cyfrif { $email }
school-delete-classes = Dosbarthiadau'r cyfrif hwn: { $count }.
school-delete-what = Beth ddylai ddigwydd i ddosbarthiadau'r cyfrif?
school-delete-move = Eu symud i
school-delete-also = Eu dileu, gyda chardiau a chanlyniadau eu disgyblion
school-delete-button = Dileu'r cyfrif
school-delete-too-many = Byddai gan yr athro hwnnw fwy na { $count } dosbarth. Dewiswch athro arall, neu dilëwch rai dosbarthiadau yn gyntaf.
school-deleted = Mae'r cyfrif wedi'i ddileu. Dosbarthiadau wedi'u symud: { $moved }. Dosbarthiadau wedi'u dileu: { $deleted }.
school-view-title = Golwg yr ysgol: { $school }
school-view-intro = Cynnydd pob dosbarth a'r dewisiadau sy'n cael eu gwneud amlaf ar draws yr ysgol, heb allu newid dim. Dydy disgyblion byth yn cael eu henwi: athro pob dosbarth sy'n gwybod pwy yw pwy.
school-view-no-classes = Does gan yr ysgol ddim dosbarthiadau eto.
school-view-classes = Dosbarthiadau
school-view-teacher = Athro
school-view-started = Wedi dechrau
school-view-first-tries = Cynigion cyntaf
school-view-statements-note = Mae "Sicr" a "Yn gweithio tuag ato" yn cyfrif pob disgybl unwaith ar gyfer pob datganiad maen nhw wedi'i gyfarfod, fel mae crynodeb y dosbarth yn ei wneud.
school-view-common = Dewisiadau mentrus mwyaf cyffredin yr ysgol (cynigion cyntaf)
school-view-in-classes = Mewn dosbarthiadau
mail-invite-subject = Eich gwahoddiad i Clickwise ({ $school })
mail-invite-body = Rydych chi'n cael eich gwahodd i wneud cyfrif athro ar Clickwise ar gyfer { $school }.
    
    Agorwch y ddolen hon i ddewis eich cyfrinair (mae'n gweithio unwaith, am { $days } diwrnod):
    { $link }
    
    Os nad oeddech chi'n disgwyl hyn, gallwch chi anwybyddu'r e-bost hwn.
mail-reset-subject = Eich dolen ailosod cyfrinair Clickwise
mail-reset-body = Gwnaeth gweinyddwr Clickwise eich ysgol ddolen i chi ddewis cyfrinair newydd.
    
    Agorwch y ddolen hon (mae'n gweithio unwaith, am { $hours } awr):
    { $link }
    
    Mae dewis cyfrinair newydd yn eich allgofnodi ar bob dyfais.
