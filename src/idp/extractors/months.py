"""Month names of the languages the extractors read, for dates printed with a written month."""

from __future__ import annotations

# month names and abbreviations in English, Malay, Indonesian, German, Dutch, French, Spanish, Catalan,
# Italian, Portuguese, the Nordic languages, Polish, Czech, Hungarian, Romanian, Turkish, Greek, Croatian,
# Slovenian, Slovak, Estonian, Latvian, Lithuanian, Bulgarian, Russian and Ukrainian (in the genitive a
# date uses too), Arabic (the Egyptian and Gulf names, with and without hamza) and Uzbek, stored without
# accents (looked up after folding them away); Croatian "listopad" (October) is left out, as it is
# November in Polish, Czech and Ukrainian; abbreviations that are also common words ("set", "out", "gen")
# are left out, as "2 set 12.00" on a receipt is no date
_MONTH_NAMES = [
    "gener "
    "jan january januari januar janner janvier janv enero ene gennaio janeiro stycznia styczen ledna leden "
    "januar ianuarie ocak "
    "ιανουαριου ιανουαριος "
    "sijecnja sijecanj januara januarja jaanuar janvaris janvari sausio sausis януари января январь "
    "сiчня сiчень січня січень "
    "يناير yanvar",
    "febrer "
    "feb february februari febr februar fevrier fevr fev febrero febbraio fevereiro lutego luty unora unor "
    "februarie subat "
    "φεβρουαριου φεβρουαριος "
    "veljace veljaca februara februarja veebruar februaris februari vasario vasaris февруари февраля февраль "
    "лютого лютии "
    "فبراير fevral",
    "marc "
    "mar march mac maret marz mars marzo marco maart mrt marts marca marzec brezna brezen marcius martie "
    "μαρτιου μαρτιος "
    "ozujka ozujak marca marec marta marts kovo kovas март марта "
    "березня березень "
    "مارس",
    "apr april avril avr abril abr aprile kwietnia kwiecien dubna duben aprilis aprilie nisan "
    "απριλιου απριλιος "
    "travnja travanj aprila aprilom aprill aprilis aprili balandzio balandis април апреля апрель "
    "квiтня квiтень квітня квітень "
    "ابريل أبريل aprel",
    "maig "
    "may mei mai mayo maggio maio maj maja kvetna kveten majus mayis mayıs μαιου μαιος "
    "svibnja svibanj maja maijs maija geguzes geguze маи мая "
    "травня травень "
    "مايو",
    "juny "
    "jun june juni juin junio giugno giu junho czerwca czerwiec cervna cerven junius iunie haziran "
    "ιουνιου ιουνιος "
    "lipnja lipanj junija junij juna juuni junijs birzelio birzelis юни июня июнь "
    "червня червень "
    "يونيو iyun",
    "juliol "
    "jul july julai juli juillet juil julio luglio lug julho lipca lipiec cervence cervenec julius iulie "
    "temmuz "
    "ιουλιου ιουλιος "
    "srpnja srpanj julija julij jula juuli julijs liepos liepa юли июля июль "
    "липня липень "
    "يوليو iyul",
    "agost "
    "aug august ogos agustus ogo aout agosto augustus augusti sierpnia sierpien srpna srpen augusztus "
    "agustos "
    "αυγουστου αυγουστος "
    "kolovoza kolovoz avgusta avgust augusta augusts rugpjucio rugpjutis август августа "
    "серпня серпень "
    "اغسطس أغسطس avgust",
    "setembre "
    "sep sept september septembre septiembre setiembre settembre sett setembro wrzesnia wrzesien zari "
    "szeptember septembrie eylul "
    "σεπτεμβριου σεπτεμβριος "
    "rujna rujan septembra septembrs septembri rugsejo rugsejis септември сентября сентябрь "
    "вересня вересень "
    "سبتمبر sentabr",
    "oct october okt oktober octobre octubre ottobre ott outubro pazdziernika pazdziernik rijna rijen "
    "oktober octombrie ekim "
    "οκτωβριου οκτωβριος "
    "oktobra oktober oktoober oktobris oktobri spalio spalis октомври октября октябрь "
    "жовтня жовтень "
    "اكتوبر أكتوبر oktabr",
    "nov november novembre noviembre novembro listopada listopad listopadu noiembrie kasim kasım "
    "νοεμβριου νοεμβριος "
    "studenoga studenog studeni novembra novembris novembri lapkricio lapkritis ноември ноября ноябрь "
    "листопада листопад "
    "نوفمبر noyabr",
    "desembre "
    "dec december dis disember dez desember dezember decembre diciembre dic dicembre dezembro grudnia "
    "grudzien prosince prosinec decembrie aralik aralık "
    "δεκεμβριου δεκεμβριος "
    "prosinca prosinac decembra december decembris decembri detsember gruodzio gruodis "
    "декември декабря декабрь "
    "грудня грудень "
    "ديسمبر dekabr",
]
MONTHS: dict[str, int] = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
