"""Month names of the languages the extractors read, for dates printed with a written month."""

from __future__ import annotations

# month names and abbreviations in English, Malay, Indonesian, German, Dutch, French, Spanish, Italian,
# Portuguese, the Nordic languages, Polish, Czech, Hungarian, Romanian, Turkish and Greek (Polish and Czech in
# the genitive a date uses too), stored without accents (looked up after folding them away);
# abbreviations that are also common words ("set", "out", "gen") are left out, as "2 set 12.00" on a
# receipt is no date
_MONTH_NAMES = [
    "jan january januari januar janner janvier janv enero ene gennaio janeiro stycznia styczen ledna leden "
    "januar ianuarie ocak "
    "ιανουαριου ιανουαριος",
    "feb february februari febr februar fevrier fevr fev febrero febbraio fevereiro lutego luty unora unor "
    "februarie subat "
    "φεβρουαριου φεβρουαριος",
    "mar march mac maret marz mars marzo marco maart mrt marts marca marzec brezna brezen marcius martie "
    "μαρτιου μαρτιος",
    "apr april avril avr abril abr aprile kwietnia kwiecien dubna duben aprilis aprilie nisan "
    "απριλιου απριλιος",
    "may mei mai mayo maggio maio maj maja kvetna kveten majus mayis mayıs μαιου μαιος",
    "jun june juni juin junio giugno giu junho czerwca czerwiec cervna cerven junius iunie haziran "
    "ιουνιου ιουνιος",
    "jul july julai juli juillet juil julio luglio lug julho lipca lipiec cervence cervenec julius iulie "
    "temmuz "
    "ιουλιου ιουλιος",
    "aug august ogos agustus ogo aout agosto augustus augusti sierpnia sierpien srpna srpen augusztus "
    "agustos "
    "αυγουστου αυγουστος",
    "sep sept september septembre septiembre setiembre settembre sett setembro wrzesnia wrzesien zari "
    "szeptember septembrie eylul "
    "σεπτεμβριου σεπτεμβριος",
    "oct october okt oktober octobre octubre ottobre ott outubro pazdziernika pazdziernik rijna rijen "
    "oktober octombrie ekim "
    "οκτωβριου οκτωβριος",
    "nov november novembre noviembre novembro listopada listopad listopadu noiembrie kasim kasım "
    "νοεμβριου νοεμβριος",
    "dec december dis disember dez desember dezember decembre diciembre dic dicembre dezembro grudnia "
    "grudzien prosince prosinec decembrie aralik aralık "
    "δεκεμβριου δεκεμβριος",
]
MONTHS: dict[str, int] = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
