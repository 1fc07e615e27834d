import type { Catalogue } from './types.js';

/**
 * Français. Économie numérique : cœur TIC (kinh tế số ICT), plateformes (nền tảng), numérisation
 * des secteurs (kinh tế số ngành) ; PIBR = produit intérieur brut régional (GRDP).
 */
export const fr: Catalogue = {
  'check.implied-population-mismatch':
    '{case, select, zero {firmsPerThousand vaut 0 mais il y a {firms:int} entreprises pour {population:int} habitants ({countDensity:num} pour 1 000) ; l’estimation retient la valeur déclarée 0} other {{firms:int} entreprises ÷ {density:num} pour 1 000 habitants = {implied:int} habitants implicites, mais population vaut {population:int} ({difference:rel}) ; l’estimation retient la densité déclarée {density:num} pour 1 000 (les effectifs donnent {countDensity:num})}}',
  'check.implied-labour-force-mismatch':
    '{case, select, zero {itWorkforceShare vaut 0 mais il y a {workers:int} travailleurs des TI pour une population active de {labourForce:int} ({countShare:pct2}) ; l’estimation retient la valeur déclarée 0} other {{workers:int} travailleurs des TI ÷ {share:pct2} = une population active implicite de {implied:int}, mais labourForce vaut {labourForce:int} ({difference:rel}) ; l’estimation retient la part déclarée {share:pct2} (les effectifs donnent {countShare:pct2})}}',
  'check.value-added-exceeds-revenue':
    'ictValueAdded {valueAdded:int} dépasse ictRevenue {revenue:int} : la valeur ajoutée n’est qu’une partie du chiffre d’affaires ; vérifiez les deux champs et leur unité',
  'check.segment-revenue-mismatch':
    'les chiffres d’affaires des segments totalisent {segments:int}, mais ictRevenue vaut {revenue:int} ({difference:rel}) ; le cœur TIC est calculé à partir des segments',
  'check.sectoral-capped':
    'la part de la numérisation des secteurs ({raw:pct}) porterait le total au-delà de 100 % : plafonnée à {capped:pct} ; une intensité locale de {intensity:num} fois la moyenne nationale sort du domaine pour lequel la méthode a été conçue',
  'check.unit-suspect':
    '{case, select, revenue {{field} vaut {ratio:num} fois le PIBR : les deux sont-ils dans la même unité (millions ou milliards de VND) ?} per-capita {le PIBR par habitant ressort à {perCapita:int} VND ({grdp:int} {unit:unit} ÷ {population:int}), hors de la plage 5 millions–2 milliards de VND : vérifiez l’unité de grdp et de population} firms-per-capita {{firms:int} entreprises pour {population:int} habitants, c’est plus d’une entreprise pour dix personnes : population est-elle en milliers ?} grdp {le PIB régional vaut {vnd:int} VND ({grdp:int} {unit:unit}), hors de 100 milliards–20 millions de milliards de VND, d’un district à un pays : vérifiez l’unité de grdp}}',
  'check.implausible-intensity':
    '{case, select, workforce {{value:pct} de la population active dans les TI dépasse {limit:pct}, bien au-dessus de toute province : est-ce un pourcentage, ou une part d’un autre total ?} density {{value:num} entreprises du numérique pour 1 000 habitants dépasse {limit:num}, bien au-dessus de toute province : la population est-elle en milliers, ou le nombre d’entreprises celui d’une zone plus large ?} other {le cœur seul représente {value:pct} du PIB régional, au-delà de {limit:pct} : chiffre d’affaires × ρ surestime la valeur ajoutée là où le chiffre d’affaires TIC est de l’assemblage pour l’export ; indiquez ictValueAdded si l’office statistique le publie}}',
  'check.core-far-above-nation':
    'le cœur, chiffre d’affaires TIC × ρ, représente {core:pct} du PIB régional, {ratio:num} fois les {national:pct} du pays : là où le chiffre d’affaires TIC est de l’assemblage électronique pour l’export, chiffre d’affaires × ρ surestime la valeur ajoutée qui reste dans la province ; indiquez ictValueAdded ou ictSegments de l’office statistique si vous les avez',
  'check.published-share-mismatch':
    'la part publiée {published:pct2} ({source}) sort de l’intervalle de prévision 5–95 % de l’estimation, {low:pct}–{high:pct} (estimation ponctuelle {point:pct})',
  'check.history-conflict':
    '{case, select, swap {{year} figure à {a:pct2} ({sourceA}) et à {b:pct2} ({sourceB}) : les mêmes chiffres dans un autre ordre, très probablement une faute de frappe} other {{year} figure à {a:pct2} ({sourceA}) et à {b:pct2} ({sourceB})}}',
  'check.frame-mismatch':
    '{case, select, published {la part publiée relève de la série {theirs} alors que l’estimation utilise la série {ours} : les deux séries ne sont pas comparables} history {le point d’historique de {year} relève de la série {theirs} alors que l’estimation utilise la série {ours} : les deux séries ne sont pas comparables}}',
  'check.nearest-year-used':
    'pas de {series, select, nationalShare {part nationale de l’économie numérique ({frame})} nationalCore {part nationale du cœur TIC ({frame})} nationalPlatform {part nationale des plateformes ({frame})} nationalFirmDensity {densité nationale d’entreprises du numérique} nationalItWorkforceShare {part nationale des TI dans la population active}} pour {wanted} : la valeur de {used} est utilisée',
  'check.locality-not-recognised':
    '« {locality} » n’est pas une province ou une ville de data/localities.json : {case, select, own {seuls s’appliquent, outre les objectifs nationaux, ceux que donne l’entrée} other {aucun objectif local ne s’applique}} ; écrivez son nom comme dans ce fichier (par exemple « Khánh Hòa » ou « Da Nang ») pour la comparer {case, select, own {aussi à ses objectifs enregistrés} other {à ses propres objectifs}}',
  'check.precision-not-reached':
    'l’erreur de Monte-Carlo des bornes est encore de ±{error:num4} pts après {draws:int} tirages, au-delà de la précision demandée (±{precision:num4} pts) : augmentez les tirages (--draws) ou demandez une précision moindre',
  'check.platform-inside-sectoral':
    'un chiffre d’affaires des plateformes ({revenue:int}) est donné, mais la série {frame} ne publie pas de part nationale des plateformes : les plateformes restent dans la numérisation des secteurs',

  'report.title':
    'Part de l’économie numérique dans le PIBR : {locality}, {year} (série : {frame})',
  'report.summary': 'Synthèse',
  'report.summary.line':
    'En {year}, l’économie numérique de {locality} est estimée à {point:pct} du PIBR (intervalle de prévision 5–95 % : {low:pct}–{high:pct}) dans {frame, select, gso {la série en valeur ajoutée de l’office statistique, où le pays est à {share:pctPub} ({nationalYear})} other {la série du ministère fondée sur le chiffre d’affaires, où le pays est à {share:pctPub} ({nationalYear})}} ; dans {other, select, gso {la série en valeur ajoutée de l’office statistique, l’indicateur officiel} other {la série du ministère fondée sur le chiffre d’affaires}}, les mêmes données donnent {otherPoint:pct} contre {otherShare:pctPub} pour le pays ({otherYear}). {target, select, none {Tous les objectifs applicables sont atteints ou échus.} other {L’objectif ouvert le plus proche, {target}, demande encore {gap}{growth, select, none {} other {, soit une croissance de la part de {growth} par an}}.}}',
  'report.estimate': 'Estimation',
  'report.estimate.line':
    '{point:pct} du PIBR (médiane {median:pct}, intervalle de prévision 5–95 % : {low:pct}–{high:pct} ; paramètres seuls : {paramLow:pct}–{paramHigh:pct} ; {draws:int} tirages, graine {seed} ; erreur Monte-Carlo des bornes ±{mcError} pts)',
  'report.interval.covers':
    'L’intervalle de prévision couvre les plages des paramètres et des données ainsi que l’erreur propre de la méthode, estimée d’après l’écart entre la méthode et les parts provinciales publiées ({groups:int} couples localité-année dotés de données ; docs/method.md §4) ; ce n’est pas l’intervalle de confiance d’une enquête.',
  'report.components': 'Composantes',
  'report.core': 'Cœur TIC',
  'report.core.fromRevenue':
    '(chiffre d’affaires TIC {revenue:int} × ρ {rho:num4} = {valueAdded:int}) ÷ PIBR {grdp:int} {unit}',
  'report.core.fromValueAdded': 'valeur ajoutée TIC {valueAdded:int} ÷ PIBR {grdp:int} {unit}',
  'report.core.fromSegments':
    '(Σ chiffre d’affaires de chaque segment × son taux de valeur ajoutée = {valueAdded:int}) ÷ PIBR {grdp:int} {unit}',
  'report.platform': 'Plateformes',
  'report.platform.inside': 'comprises dans la numérisation des secteurs',
  'report.platform.separate': 'chiffre d’affaires des plateformes × ρ ÷ PIBR',
  'report.sectoral': 'Numérisation des secteurs',
  'report.sectoral.formula':
    'D_n {nationalSectoral:pct} × I_L {intensity:num}^β {beta:num} × (1 − C_L − P_L) ÷ (1 − C_n − P_n)',
  'report.intensity': 'Intensité numérique',
  'report.intensity.explain':
    'Un quotient de localisation (QL) est la valeur de la collectivité divisée par celle du pays : au-dessus de 1, l’activité numérique y est plus concentrée que dans l’ensemble du pays. L’intensité numérique I_L est la moyenne géométrique des deux quotients : combien de fois l’intensité nationale la collectivité atteint.',
  'report.inputs': 'Données',
  'report.inputs.density.stated':
    'densité d’entreprises {density:num} pour 1 000, telle que publiée',
  'report.inputs.density.derived':
    'densité d’entreprises tirée de {firms:int} entreprises ÷ {population:int} habitants = {density:num} pour 1 000',
  'report.inputs.workforce.stated': 'part de la main-d’œuvre TI {share:pct}, telle que publiée',
  'report.inputs.workforce.derived':
    'part de la main-d’œuvre TI tirée de {workers:int} travailleurs des TI ÷ une population active de {labourForce:int} = {share:pct}',
  'report.intensity.line':
    'main-d’œuvre TI {workforceShare:pct} ÷ national {nationalWorkforce:pct} = QL {workforceLQ:num} ; entreprises {firmDensity:num} pour 1 000 ÷ national {nationalDensity:num} = QL {firmsLQ:num} ; I_L = √({workforceLQ:num} × {firmsLQ:num}) = {intensity:num}',
  'report.alternatives': 'Estimations à un seul indicateur',
  'report.alternatives.line':
    'main-d’œuvre seule {workforce:pct} · entreprises seules {firms:pct} · proportion du cœur {coreScaling:pct}',
  'report.national': 'Moyennes nationales',
  'report.series.mic': 'La série du ministère, fondée sur le chiffre d’affaires (mic)',
  'report.series.gso':
    'La série de l’office statistique, en valeur ajoutée (gso, l’indicateur officiel)',
  'report.national.frame':
    '{share:pctPub} en {year}{refs} ; dans cette série, l’estimation est de {point:pct} ({low:pct}–{high:pct}) : écart {gap:pts}, rapport {ratio:num}{headline, select, yes { ; le chiffre principal} other {}}',
  'report.national.why':
    'Les deux séries diffèrent : celle du ministère estime l’économie numérique à partir du chiffre d’affaires (données fiscales), avec ses parties plateformes et sectorielle ; l’office statistique mesure la valeur ajoutée dans les comptes nationaux, et sa série est l’indicateur officiel. L’estimation est faite dans chaque série avec les chiffres nationaux de cette série ; le cadre (frame) de l’entrée choisit le chiffre principal.',
  'report.national.line': '{share:pct} ({frame}, {year}) : écart {gap:pts}, rapport {ratio:num}',
  'report.published': 'Publié',
  'report.published.line': '{share:pct2} ({source})',
  'report.targets': 'Objectifs',
  'report.targets.header.target': 'Objectif',
  'report.targets.header.year': 'Année',
  'report.targets.header.level': 'Niveau',
  'report.targets.header.gap': 'Écart',
  'report.targets.header.growth': 'Croiss./an',
  'report.targets.header.points': 'Pts/an',
  'report.targets.header.status': 'État',
  'report.targets.header.projected': 'Tendance',
  'report.targets.header.reached': 'Atteint',
  'report.targets.status.met': 'atteint',
  'report.targets.status.open': 'en cours',
  'report.targets.status.passed': 'échu',
  'report.targets.none': 'aucun objectif ne s’applique',
  'report.targets.note':
    'Écart = objectif − estimation ; croissance/an = (objectif ÷ estimation)^(1/années) − 1, la croissance de la part elle-même.',
  'report.targets.note.range':
    'Pour un objectif en fourchette, le tableau vise le bas de la fourchette, la ligne suivante le haut.',
  'report.targets.metIn': 'atteint en {year}',
  'report.targets.toHigh.met': 'jusqu’au haut de la fourchette : atteint en {year}',
  'report.targets.toHigh':
    'jusqu’au haut de la fourchette : écart {gap:pts}, {growth} par an{reached}',
  'report.targets.toHigh.reached': ' ; atteint en {year} au rythme actuel',
  'report.trajectory': 'Trajectoire',
  'report.trajectory.fittedOn': 'Ajustée sur',
  'report.trajectory.observed': '{year} : {share:pct2}',
  'report.trajectory.line': 'tendance {method}, {pace} par an ; {rule}',
  'report.trajectory.linear': 'linéaire',
  'report.trajectory.compound': 'à taux constant',
  'report.trajectory.point':
    '{year} : {share:pct}{spread, select, yes { ({low:pct}–{high:pct})} other {}}',
  'report.trajectory.fewPoints':
    '{n, plural, one {* : à partir d’une seule année} other {* : à partir de # années seulement}} : la tendance est indicative, ce n’est pas une prévision.',
  'report.trajectory.beyond':
    '† : après {horizon}, au-delà de deux fois la durée de l’historique ({first}–{last}) : une extrapolation, pas une prévision.',
  'report.sensitivity':
    'Sensibilité (un facteur à la fois : estimation au bas | au haut de chaque fourchette)',
  'report.checks': 'Contrôles de cohérence',
  'report.checks.none': 'aucune incohérence détectée',
  'report.severity.info': 'info',
  'report.severity.warning': 'avertissement',
  'report.severity.error': 'erreur',
  'report.parameters': 'Paramètres',
  'report.parameters.line':
    '{label} : {value} (fourchette {low}–{high}){year} ; sources : {source}',
  'report.sources': 'Sources',
  'report.sources.line': '{title}. {publisher}, {date}. {url}',
  'report.sources.undated': 'sans date',
  'report.sources.noAddress': 'adresse non conservée',
  'report.sources.note':
    'Les numéros entre crochets renvoient à cette liste. Un titre vietnamien est le titre de l’article tel que son adresse l’écrit, diacritiques rétablis ; un titre entre crochets décrit une source dont l’adresse n’en porte pas. Toutes les sources sont dans data/sources.json.',
  'report.provenance': 'Provenance',
  'report.provenance.line':
    'méthode {methodVersion}, données {dataVersion}, paquet {packageVersion}, graine {seed}, {draws:int} tirages',
  'report.na': 'n.d.',

  'variable.grdp': 'PIBR',
  'variable.ictRevenue': 'chiffre d’affaires TIC',
  'variable.ictValueAdded': 'valeur ajoutée TIC',
  'variable.platformRevenue': 'chiffre d’affaires des plateformes',
  'variable.ictSegments': 'valeur ajoutée TIC par segment',
  'variable.digitalFirms': 'entreprises du numérique',
  'variable.population': 'population',
  'variable.firmsPerThousand': 'entreprises pour 1 000 habitants',
  'variable.itWorkers': 'travailleurs des TI',
  'variable.labourForce': 'population active',
  'variable.itWorkforceShare': 'part des TI dans la population active',
  'variable.rho': 'ρ valeur ajoutée ÷ chiffre d’affaires',
  'variable.beta': 'β amortissement',
  'variable.nationalShare': 'S_n part nationale',
  'variable.nationalCore': 'C_n part nationale du cœur TIC',
  'variable.nationalPlatform': 'P_n part nationale des plateformes',
  'variable.nationalFirmDensity': 'f_n densité nationale d’entreprises',
  'variable.nationalItWorkforceShare': 'w_n part nationale des TI dans la population active',

  // Command-line help
  'help.command.estimate':
    'estimer la part de l’économie numérique dans le PIBR d’une collectivité pour une année',
  'help.command.scenario':
    'la croissance du chiffre d’affaires TIC ou des effectifs informatiques qui atteint une part visée à une date',
  'help.command.batch':
    'estimer chaque ligne d’un tableau CSV, Excel ou JSON, classées, lignes invalides signalées par leur numéro',
  'help.command.combine':
    'réunir des collectivités en une (province fusionnée, région) : des sommes, jamais des parts moyennées',
  'help.command.validate':
    'comparer la méthode aux parts provinciales publiées ; l’auto-contrôle national ; le calage',
  'help.command.schema':
    'afficher le JSON Schema de l’entrée, pour la valider avec d’autres outils et langages',
  'help.command.init': 'écrire un modèle d’entrée commenté à remplir',
  'help.command.web': 'écrire le calculateur web : une page HTML sans installation ni réseau',
  'help.usage': 'Utilisation',
  'help.options': 'Options',
  'help.example': 'Exemple',
  'help.commands': 'Commandes',
  'help.more':
    'Lancez « {name} <commande> --help » pour les options et un exemple d’une commande ; --lang en|vi pour l’aide en anglais ou en vietnamien.',
  'help.exit': 'Codes de sortie : 0 succès, 2 entrée ou usage invalide, 1 erreur interne.',
  'help.title':
    '{name} {version} : estimer la part de l’économie numérique dans le PIBR d’une collectivité (docs/method.md)',
  'help.option.format': 'format de sortie : text, markdown, html, json ou csv (par défaut text)',
  'help.option.format-xlsx':
    'format de sortie : text, markdown, html, json, csv, ou xlsx avec --out (par défaut text)',
  'help.option.lang': 'langue des rapports et des messages : en, vi ou fr (par défaut en)',
  'help.option.excel':
    'CSV pour Excel : marque d’ordre des octets, chiffres arrondis ; points-virgules et virgules décimales avec --lang vi ou fr',
  'help.option.draws':
    'tirages de l’intervalle (par défaut {draws:int} ; avec --precision, le maximum)',
  'help.option.seed':
    'graine des nombres aléatoires, pour un résultat reproductible (par défaut {seed})',
  'help.option.sampler':
    'comment les tirages sont faits : sobol (points de Sobol brouillés, par défaut) ou mc (Monte-Carlo simple)',
  'help.option.precision':
    's’arrêter dès que l’erreur de Monte-Carlo de chaque borne est au plus cette part (0,0005 = 0,05 point) ; --draws est alors le maximum',
  'help.option.chart':
    'dessiner aussi les graphiques dans ce fichier SVG (nécessite vega et vega-lite)',
  'help.option.force': 'écraser le fichier nommé par --out ou --chart',
  'help.option.example':
    'utiliser une entrée d’exemple fournie au lieu d’un fichier (da-nang-2024)',
  'help.option.out': 'écrire le résultat dans ce fichier (obligatoire avec --format xlsx)',
  'help.option.map':
    '2025 : ramener un tableau des 63 anciennes provinces sur les 34 avant d’estimer',
  'help.option.decimal-comma': 'lire les nombres écrits 39.888,5 quel que soit le séparateur',
  'help.option.target': 'part visée, une fraction (35 % s’écrit 0.35)',
  'help.option.by': 'l’année où l’atteindre',
  'help.option.grdp-growth': 'croissance nominale du PIBR par an, une fraction (10 % s’écrit 0.1)',
  'help.option.ict-growth':
    'croissance du chiffre d’affaires TIC par an (par défaut : comme le PIBR)',
  'help.option.workforce-growth': 'croissance des effectifs informatiques par an (par défaut 0)',
  'help.option.calibrate':
    'ajuster aussi β et juger l’ajustement hors échantillon (nécessite mathjs)',
  'help.option.fit': 'les paramètres à ajuster : beta, rho ou beta,rho (par défaut beta)',
  'help.option.locality':
    'le nom de la collectivité réunie (par défaut : les noms joints par « + »)',
  'help.option.into': 'une des 34 provinces : réunir ses anciennes parties depuis le tableau',
  'help.option.year': 'l’année à retenir (quand le tableau en a plusieurs)',
  'help.option.init-locality': 'le nom de la collectivité, écrit dans le modèle',
  'help.option.init-year': 'l’année des chiffres, écrite dans le modèle',
  'help.option.init-force': 'écraser le fichier s’il existe',
  'help.option.web-lang':
    'la langue d’ouverture de la page : vi, en ou fr (vi par défaut ; modifiable dans la page)',
  'help.option.web-out': 'écrire la page dans ce fichier (par défaut : la sortie standard)',
  'help.option.web-force': 'écraser le fichier s’il existe',
  'help.option.help': 'cette aide',

  'scenario.title':
    'Scénario : {locality}, de {start:pct} en {year} à {target:pct} en {by} (série {frame})',
  'scenario.grdp': 'Le PIBR croît de {growth:pct} par an (en valeur).',
  'scenario.revenue':
    'Le chiffre d’affaires TIC doit croître de {growth:pct} par an (main-d’œuvre TI : {held:pct} par an).',
  'scenario.revenue.none': 'Par le seul chiffre d’affaires TIC : {reason}.',
  'scenario.workforce':
    'Ou la main-d’œuvre TI doit croître de {growth:pct} par an, jusqu’à {share:pct} de la population active en {by} (chiffre d’affaires TIC : {held:pct} par an).',
  'scenario.revenue.level':
    'Soit {field, select, ictRevenue {un chiffre d’affaires TIC} ictValueAdded {une valeur ajoutée TIC} other {une valeur ajoutée TIC des segments}} de {by} {unit:unit} en {year} : {multiple} fois celui d’aujourd’hui ({today}) et {ofGrdp} fois le PIBR de cette année-là ({grdp}).',
  'scenario.revenue.beyond':
    'Attention : au-delà de tout ce qui a été observé : {case, select, revenue {tout le secteur TIC du pays, pôles d’assemblage électronique compris, réalise {seen} fois le PIB ({seenYear})} other {un cœur au-delà de {seen} du PIBR n’est pas plausible (docs/method.md §6)}}.',
  'scenario.workforce.level':
    '{workers, select, none {Aujourd’hui : {today:pct} de la population active.} other {Soit {workers} informaticiens en {by}, contre {todayWorkers} aujourd’hui.}}',
  'scenario.workforce.beyond':
    'Attention : au-delà du plausible, plus de {limit:pct} de la population active dans l’informatique (docs/method.md §6).',
  'scenario.projected':
    '{given, select, yes {Aux taux donnés (chiffre d’affaires TIC {ict:pct} par an, effectifs informatiques {workforce:pct} par an)} other {Si le chiffre d’affaires TIC croît comme le PIBR ({ict:pct} par an) et les effectifs informatiques restent stables}}, la part serait de {share:pct} en {by} : {case, select, short {{gap} en deçà de la cible} other {cible atteinte, {gap} au-delà}}.',
  'scenario.workforce.none': 'Par la seule main-d’œuvre TI : {reason}.',
  'scenario.path': 'Trajectoire, chiffre d’affaires TIC en hausse de {growth:pct} par an :',
  'scenario.held':
    'Maintenus au niveau de {year} : densité d’entreprises, population active et référence nationale ({frame} {nationalYear} : {national:pct}) ; paramètres à leurs valeurs par défaut.',

  'batch.title':
    'Part de l’économie numérique dans le PIBR : {count, plural, one {# collectivité, classée} other {# collectivités, classées}}',
  'batch.header.rank': 'Rang',
  'batch.header.row': 'Ligne',
  'batch.header.locality': 'Collectivité',
  'batch.header.year': 'Année',
  'batch.header.frame': 'Série',
  'batch.header.share': 'Part',
  'batch.header.interval': '5–95 %',
  'batch.header.national': 'National',
  'batch.header.gap': 'Écart',
  'batch.header.checks': 'Contrôles',
  'batch.errors': 'Lignes non estimées ({count:int}) :',
  'batch.unranked':
    '– non classée : une part plafonnée, ou dont un contrôle trouve les chiffres dans une unité suspecte, au-delà de toute province ou gonflés par un chiffre d’affaires d’assemblage, n’est pas classée comme une mesure (voir ses contrôles).',
  'batch.error': 'ligne {row} : {message}',

  'validate.title':
    'Validation sur les parts provinciales publiées (estimations aux paramètres par défaut)',
  'validate.header.published': 'Publié',
  'validate.header.estimate': 'Estimation',
  'validate.header.error': 'Erreur',
  'validate.header.source': 'Source',
  'validate.alternate': '(autre chiffre)',
  'validate.summary':
    'Synthèse ({frame}) : {n, plural, one {# ligne} other {# lignes}}, erreur absolue moyenne {mae}, biais {bias}, Spearman {spearman} ; couverture de l’intervalle de prévision 5–95 % {coverage} (largeur moyenne {width}), de l’intervalle des paramètres {paramCoverage} (largeur moyenne {paramWidth})',
  'validate.header.parameters': 'Paramètres seuls',
  'validate.methodError':
    'Erreur de méthode de l’intervalle de prévision : échelle {scale} sur les log-cotes (dispersion des publications τ {tau}, erreur de méthode σ_m {sigma}), loi de Student à {df:int} degrés de liberté, d’après {figures:int} chiffres publiés pour {groups:int} couples localité-année (docs/method.md §4).',
  'validate.loo':
    'Validation croisée par exclusion (chaque couple localité-année écarté à son tour, l’erreur de méthode estimée sur les autres) : {figures:int} chiffres publiés, {coverage} dans l’intervalle de prévision 5–95 % ({primary} des chiffres principaux), largeur moyenne {width} ; intervalle des paramètres : {paramCoverage}, largeur moyenne {paramWidth}.',
  'validate.loo.none':
    'Validation croisée par exclusion : il faut au moins deux couples localité-année dotés de données.',
  'validate.summary.none': 'Synthèse ({frame}) : {reason}',
  'validate.national': 'Auto-contrôle national (le pays estimé comme une collectivité) :',
  'validate.national.line':
    '{frame} {year} : publié {published:pct2}, estimé {estimate:pct2} ({error})',
  'validate.lacking': 'Parts publiées sans données d’entrée sourcées ({count:int}) :',
  'validate.lacking.line':
    '{locality} {year} ({frame}, {published:pct2}) : trouvé {found} ; manquant {missing}',
  'validate.nothing': 'rien',
  'validate.segments': 'Provinces d’assemblage électronique :',
  'validate.segments.untested':
    'aucune n’a de données d’entrée sourcées, et aucun taux de valeur ajoutée par segment (matériel, logiciels et services) n’a été trouvé : on ne peut pas montrer sur les données fournies si les taux par segment améliorent l’estimation ; la méthode les accepte (ictSegments) pour qui les possède.',
  'validate.calibration':
    'Calage de {names} sur {n, plural, one {# ligne} other {# lignes}} : {values}. Erreur absolue moyenne en validation croisée (une ligne retirée à la fois) {loo}, contre {defaults} aux valeurs par défaut : {decision}.',
  'validate.calibration.keep': 'les valeurs par défaut sont conservées',
  'validate.calibration.change': 'les valeurs calées prévoient mieux hors échantillon',
  'validate.se': 'é.-t.',

  'chart.trajectory.title': '{locality} : part de l’économie numérique dans le PIBR et objectifs',
  'chart.year': 'Année',
  'chart.share': 'Part du PIBR',
  'chart.published': 'publié',
  'chart.estimate': 'cette estimation (5–95 %)',
  'chart.projection': 'tendance {method} (5–95 %)',
  'chart.components.title': 'Composantes de la part : {locality} et le pays ({frame}, {year})',
  'chart.nation': 'Pays',
  'chart.component': 'Composante',
  'chart.tornado.title': 'Sensibilité : l’estimation aux deux bouts de chaque fourchette',
  'chart.tornado.estimate': 'Estimation au bas et au haut de la fourchette',
  'chart.scenario.title': '{locality} : trajectoire vers {target:pct} en {by}',
  'chart.scenario.path': 'chiffre d’affaires TIC +{growth:pct} par an, PIBR +{grdp:pct}',
  'chart.scenario.target': 'objectif',

  'reason.target-year-now': 'l’année de l’objectif est celle de l’estimation',
  'reason.target-year-passed': 'l’année de l’objectif est déjà passée',
  'reason.share-zero':
    'un taux de croissance à partir d’une part nulle (ou presque) n’est pas défini',
  'reason.trend-not-rising': 'la tendance est plate ou en baisse',
  'reason.not-before': 'pas avant {year}',
  'reason.reached-anyway-revenue':
    'atteint en {by} même si le chiffre d’affaires TIC baisse de 99 % par an',
  'reason.reached-anyway-workforce':
    'atteint en {by} même si la main-d’œuvre TI baisse de 99 % par an',
  'reason.not-reachable-revenue': 'inatteignable : même 10 000 % par an ne donnent que {share:pct}',
  'reason.not-reachable-workforce-all':
    'inatteignable : même si tous les actifs travaillaient dans les TI, la part serait de {share:pct}',
  'reason.not-reachable-workforce-growth':
    'inatteignable : même avec 10 000 % de croissance par an, la part serait de {share:pct}',
  'reason.no-it-workers': 'il n’y a pas de travailleurs des TI à faire croître',
  'reason.trend-few-years': 'moins de trois années : tendance linéaire, sans intervalle',
  'reason.trend-zero-share':
    'une part nulle dans l’historique exclut une tendance à taux constant : linéaire',
  'reason.trend-compound-better':
    'la tendance à taux constant prévoit mieux l’historique (erreur quadratique de prévision à un pas : linéaire {linear}, taux constant {compound})',
  'reason.trend-linear-better':
    'la tendance linéaire prévoit l’historique au moins aussi bien (erreur quadratique de prévision à un pas : linéaire {linear}, taux constant {compound})',
  'reason.platform-none':
    'pas de chiffre d’affaires des plateformes : les plateformes restent dans la numérisation des secteurs, comme dans les deux séries nationales',
  'reason.platform-no-national':
    'chiffre d’affaires des plateformes donné, mais la série {frame} ne publie pas de part nationale des plateformes : elles restent dans la numérisation des secteurs, comme dans les deux séries nationales',
  'reason.platform-separate':
    'chiffre d’affaires des plateformes donné et part nationale des plateformes publiée par la série {frame}',
  'reason.no-rows': 'aucune part publiée n’a de données d’entrée',
  'reason.spearman-few-rows': 'une corrélation de rangs demande au moins trois lignes ({n})',
  'reason.no-standard-error': 'pas plus de lignes ({n}) que de paramètres ({p}) : pas d’écart-type',
  'reason.singular':
    'ces lignes ne permettent pas de distinguer les paramètres (JᵀJ singulière) : pas d’écart-type',

  'target.label.shared': '{names} : {level} en {year}',
  'target.name.national': 'National',
  'target.label.national': 'National : {level} du PIB en {year}',
  'target.label.local': '{locality} : {level} du PIBR en {year}',

  'unit.vnd': 'VND',
  'unit.thousand-vnd': 'milliers de VND',
  'unit.million-vnd': 'millions de VND',
  'unit.billion-vnd': 'milliards de VND',
  'unit.trillion-vnd': 'billions de VND',

  'table.component': 'Composante',
  'table.how': 'Calcul',
  'table.factor': 'Facteur',
  'table.range': 'Fourchette',
  'table.atLow': 'À la borne basse',
  'table.atHigh': 'À la borne haute',
  'table.swing': 'Amplitude',

  // Input errors (InputError): the parts of each issue
  'error.line': '{path} : attendu {expected}, reçu {received}',
  'error.line.hint': '{path} : attendu {expected}, reçu {received} ; {hint}',
  'error.more': ' ({count} de plus : {paths})',
  'error.noun.number': 'un nombre',
  'error.noun.whole': 'un nombre entier',
  'error.expected.fraction': 'une fraction entre 0 et 1',
  'error.expected.between': '{noun} entre {min:bound} et {max:bound}',
  'error.expected.bounded': '{noun} {bounds}',
  'error.bound.min': '≥ {value:bound}',
  'error.bound.above': '> {value:bound}',
  'error.bound.max': '≤ {value:bound}',
  'error.bound.below': '< {value:bound}',
  'error.bound.and': '{a} et {b}',
  'error.expected.described': '{expected} ({description})',
  'error.expected.object': 'un objet',
  'error.expected.text': 'du texte',
  'error.expected.list': 'une liste',
  'error.expected.boolean': 'true ou false',
  'error.expected.locality-object': 'un objet avec les champs d’une collectivité pour une année',
  'error.expected.non-empty-text': 'un texte non vide',
  'error.expected.non-empty-list': 'une liste non vide',
  'error.expected.list-min': 'une liste d’au moins {min} éléments',
  'error.expected.one-of': 'l’une des valeurs {options}',
  'error.expected.known-field': 'un champ connu',
  'error.expected.range-order': 'low ≤ value ≤ high',
  'error.expected.either': '{a} ou {b}',
  'error.expected.ratio-or-pair': '{ratio}, ou {count} avec {denominator}',
  'error.expected.count-for': '{count}, à diviser par {denominator}',
  'error.received.missing': 'rien (le champ manque)',
  'error.received.null': 'null',
  'error.received.nan': 'NaN',
  'error.received.infinity': '{sign}Infinity',
  'error.received.number': '{value} (nombre)',
  'error.received.text': '{value} (chaîne)',
  'error.received.boolean': '{value} (booléen)',
  'error.received.list':
    '{count, plural, =1 {une liste d’# élément} other {une liste de # éléments}}',
  'error.received.empty-object': 'un objet vide',
  'error.received.object': 'un objet avec {keys}',
  'error.received.other': '{value} ({type})',
  'error.received.unknown-field': 'un champ inconnu {name}',
  'error.received.neither': 'ni l’un ni l’autre',
  'error.received.range': 'value {value}, low {low}, high {high}',
  'error.hint.percent':
    'les parts sont des fractions, pas des pourcentages : vouliez-vous dire {value} ?',
  'error.hint.denominator-grdp':
    'le PIBR est le dénominateur de toutes les parts et ne peut valoir 0 : indiquez le PIBR à prix courants',
  'error.hint.denominator-population':
    'une population nulle ne peut pas diviser le nombre d’entreprises : indiquez le nombre d’habitants, ou firmsPerThousand à la place',
  'error.hint.denominator-labourForce':
    'une population active nulle ne peut pas diviser les travailleurs des TI : indiquez la population active, ou itWorkforceShare à la place',
  'error.hint.negative': 'la valeur ne peut être négative : vérifiez le signe',
  'error.hint.year': 'indiquez l’année civile, par exemple 2024',
  'error.hint.density': 'indiquez les entreprises pour 1 000 habitants, par exemple 2.35',
  'error.hint.not-finite':
    'la valeur n’est pas un nombre fini : vérifiez le calcul ou la cellule qui l’a produite',
  'error.hint.whole':
    'un effectif est un nombre entier : arrondissez-le ({rounded}) ou vérifiez la colonne',
  'error.hint.separators':
    'écrivez les nombres sans guillemets ni séparateurs de milliers ({text} vaut {digits} si les séparateurs groupent les milliers)',
  'error.hint.percent-text': 'écrivez-la comme une fraction, sans guillemets : {value}',
  'error.hint.quoted-number': 'écrivez le nombre sans guillemets : {value}',
  'error.hint.list-for-one':
    'estimate prend une collectivité pour une année : utilisez la commande batch (ou estimateBatch) pour une liste',
  'error.hint.did-you-mean': 'vouliez-vous dire {name} ?',
  'error.hint.unknown-field':
    'supprimez-le, ou consultez le schéma d’entrée pour le nom des champs',
  'error.hint.add-field': 'ajoutez {name}',
  'error.hint.null':
    'renseignez la valeur (le modèle met null là où il en faut une), ou supprimez le champ s’il est facultatif',
  'error.hint.range-order': 'corrigez ou inversez les bornes',
  'error.hint.either-core':
    'indiquez le chiffre d’affaires du secteur TIC (ictRevenue), sa valeur ajoutée (ictValueAdded) ou son chiffre d’affaires par segment (ictSegments)',
  'error.hint.either-density':
    'indiquez les entreprises du numérique pour 1 000 habitants (firmsPerThousand), ou le nombre d’entreprises du numérique (digitalFirms) et d’habitants (population)',
  'error.hint.either-workforce':
    'indiquez la part des travailleurs des TI dans la population active (itWorkforceShare), ou le nombre de travailleurs des TI (itWorkers) et la population active (labourForce)',
  'error.hint.count-or-ratio': 'indiquez {count}, ou {ratio} à la place de {denominator}',
  'error.hint.usage': 'usage : {usage}',
  'error.hint.run-help': 'lancez {command} --help',
  'error.expected.same-year': 'la même année que inputs[0] ({year})',
  'error.hint.one-year': 'combinez des chiffres d’une même année',
  'error.expected.same-frame': 'le même cadre que inputs[0] ({frame})',
  'error.expected.same-unit': 'la même unité monétaire que inputs[0] ({unit})',
  'error.hint.one-unit': 'convertissez d’abord les champs monétaires dans une même unité',
  'error.expected.all-or-none': '{field} pour toutes les collectivités, ou pour aucune',
  'error.hint.partial-sum': 'une somme sur une partie des collectivités serait trop petite',
  'error.expected.weight-for-ratio': '{denominator} ou {count} à côté de {ratio}',
  'error.received.ratio-alone':
    'un ratio seul (il ne peut pas être pondéré quand on additionne les collectivités)',
  'error.hint.give-for': 'donnez {field} pour {locality}',
  'error.expected.year-from': 'une année de {year} à {max}',
  'error.expected.year-after': 'une année postérieure à l’année de l’entrée, {year}',
  'error.hint.target-ahead': 'l’année cible doit être à venir',
  'error.expected.package':
    '{count, plural, one {le paquet} other {les paquets}} {packages}, dont {feature} a besoin',
  'error.received.not-installed': 'non installé',
  'error.hint.install': '{count, plural, one {installez-le} other {installez-les}} : {command}',
  'error.expected.options-object': 'un objet d’options ({options}), ou rien',
  'error.expected.known-option': 'l’une des options {options}',
  'error.received.unknown-option': 'une option inconnue {name}',
  'error.expected.text-argument': 'un texte',
  'error.expected.csv-text': 'un texte CSV avec une ligne d’en-tête',
  'error.expected.trajectory': 'une trajectoire (le résultat de projectTrajectory)',
  'error.received.symlink': 'un lien symbolique',
  'error.hint.no-symlink':
    'indiquez le chemin d’un fichier ordinaire ; un graphique ou un modèle n’est jamais écrit à travers un lien',
  'error.expected.at-most': 'au plus {whole} ({limit:int})',
  'error.hint.workers-exceed':
    'les travailleurs des TI font partie de la population active, ils ne peuvent pas être plus nombreux : {whole} est-il en milliers, ou le chiffre d’un autre territoire ?',
  'error.hint.firms-exceed':
    'il ne peut y avoir plus d’entreprises que d’habitants : {whole} est-il en milliers ?',
  'error.expected.core-below-grdp': 'une valeur ajoutée du cœur inférieure au PIBR ({grdp:int})',
  'error.received.core-value-added': '{valueAdded:int}, soit {ratio:pct} du PIBR',
  'error.hint.core-from-revenue':
    'chiffre d’affaires × ρ ne peut atteindre le PIBR : vérifiez que ictRevenue et grdp sont dans la même unité ou, là où le chiffre d’affaires d’assemblage dépasse de loin la valeur ajoutée locale, indiquez plutôt ictValueAdded',
  'error.hint.core-unit':
    'la valeur ajoutée est une partie du PIBR : vérifiez que les deux sont dans la même unité',
  'error.expected.magnitude-max': 'un chiffre plausible, au plus {limit:bound}',
  'error.expected.magnitude-min': 'un chiffre plausible, au moins {limit:bound}',
  'error.hint.magnitude':
    'aucune collectivité n’approche ce chiffre : vérifiez l’unité du champ (et celle du PIBR)',
  'error.expected.year-up-to': 'une année jusqu’à {year}, l’année de l’estimation',
  'error.hint.history-after':
    'l’historique contient les années antérieures ; mettez un chiffre plus récent dans une entrée plus récente',
  'error.expected.unique-keys': 'du JSON dont chaque objet ne nomme une clé qu’une fois',
  'error.received.duplicate-key': 'la clé {key} une deuxième fois ligne {line}, colonne {column}',
  'error.hint.duplicate-key':
    'JSON ne garde que la dernière de deux clés égales : supprimez l’une d’elles',
  'error.hint.json-number': 'JSON n’a ni NaN ni Infinity : écrivez un nombre, ou omettez le champ',
  'error.received.not-utf8': 'un fichier UTF-16 ou binaire, pas du texte UTF-8',
  'error.hint.save-utf8':
    'enregistrez-le en UTF-8 (dans Excel : « CSV UTF-8 » ; dans un éditeur : codage UTF-8)',
  'error.expected.closed-quote': 'chaque cellule entre guillemets refermée',
  'error.received.unclosed-quote': 'un guillemet qui s’ouvre ici et ne se referme pas',
  'error.hint.unclosed-quote':
    'refermez le guillemet : un guillemet ouvert avale toutes les lignes qui suivent',
  'error.expected.column-name': 'un nom de colonne',
  'error.received.empty-header': 'une cellule d’en-tête vide',
  'error.expected.unique-column': 'chaque colonne une seule fois',
  'error.received.repeated-column': 'la même colonne une deuxième fois',
  'error.hint.repeated-column': 'supprimez ou renommez l’une des deux colonnes',
  'error.expected.cells-per-row':
    '{count, plural, one {# cellule} other {# cellules}}, autant que l’en-tête',
  'error.received.cells': '{count, plural, one {# cellule} other {# cellules}}',
  'error.hint.ragged-row':
    'une cellule de trop ou de moins : cherchez une virgule dans un nombre ou un nom (mettez-le entre guillemets), ou une valeur manquante',
  'error.expected.list-max': 'une liste d’au plus {max:int} éléments',
  'error.hint.list-max':
    'un historique est la suite des parts annuelles d’une collectivité : un point par an',
  'error.received.too-large': 'un fichier de {size:int} caractères',
  'error.hint.split-file': 'la limite est de {limit:int} caractères : découpez le fichier',
  'error.expected.moving-parameters': 'des paramètres dont dépendent les lignes ajustées',
  'error.received.unused-parameter': '{name}, dont aucune ligne ne dépend',
  'error.hint.rho-unused': 'ρ est sans effet quand chaque ligne donne ictValueAdded ou ictSegments',
  'error.expected.known-column': 'une colonne connue',
  'error.received.unknown-column': 'une colonne inconnue',
  'error.hint.documented-columns': 'voyez les colonnes documentées (docs/method.md §2)',
  'error.expected.header-row': 'une ligne d’en-tête nommant les colonnes',
  'error.received.no-locality-column': 'pas de colonne locality',
  'error.hint.header-first': 'la première ligne doit nommer les colonnes',
  'error.expected.national-share-above':
    'une part nationale supérieure aux parts nationales du cœur et des plateformes ({value})',
  'error.hint.national-sectoral':
    'la part sectorielle nationale S_n − C_n − P_n doit être positive : vérifiez les valeurs remplacées',
  'error.expected.locality-rows': 'une liste d’objets collectivité-année',
  'cli.write-error':
    'digital-economy-share : impossible d’écrire la sortie ({reason}) ; vérifiez l’espace disque libre et la destination de la sortie',
  'error.internal': 'erreur interne : {why} ; c’est un bogue, merci de le signaler avec l’entrée',
  'error.expected.options': 'des options parmi {options}, chacune avec une valeur',
  'error.expected.a-value': 'une valeur',
  'error.received.missing-option': 'rien (l’option manque)',
  'error.expected.input-file': 'le chemin d’un fichier JSON d’entrée',
  'error.received.nothing': 'rien',
  'error.expected.one-file': 'un seul fichier d’entrée',
  'error.received.paths': '{count, plural, one {# chemin} other {# chemins}}',
  'error.hint.use-batch': 'utilisez la commande batch pour plusieurs collectivités',
  'error.expected.readable-table': 'un fichier CSV ou JSON lisible',
  'error.expected.readable-json': 'un fichier JSON lisible',
  'error.received.unreadable': 'un chemin illisible ({reason})',
  'error.hint.check-path': 'vérifiez le chemin et le nom du fichier',
  'error.expected.valid-json': 'du JSON valide',
  'error.received.empty-file': 'un fichier vide',
  'error.received.invalid-json': 'un texte qui n’est pas du JSON valide ({detail})',
  'error.received.invalid-json-at':
    'un texte qui n’est pas du JSON valide à la ligne {line}, colonne {column} ({detail})',
  'error.hint.json-syntax':
    'vérifiez les virgules, les guillemets et les crochets ; les nombres s’écrivent sans séparateur de milliers',
  'error.expected.svg-name': 'un nom de fichier se terminant par .svg',
  'error.hint.write-as': 'écrivez-le {name}',
  'error.expected.writable': 'un chemin où un fichier peut être écrit',
  'error.received.unwritable': 'un chemin où l’on ne peut pas écrire ({reason})',
  'error.received.path-reason': '{path} ({reason})',
  'error.hint.folder-exists': 'vérifiez que le dossier existe',
  'error.expected.new-file': 'un fichier qui n’existe pas encore',
  'error.received.existing-file': 'un fichier existant',
  'error.hint.force': 'choisissez un autre nom, ou ajoutez --force pour l’écraser',
  'error.expected.locality-list': 'une liste JSON d’objets collectivité-année',
  'error.expected.some-rows': 'au moins une ligne collectivité-année',
  'error.received.no-rows': 'un tableau sans aucune ligne',
  'error.hint.add-rows':
    'ajoutez une ligne par collectivité-année sous l’en-tête (est-ce le bon fichier ou la bonne feuille ?)',
  'error.hint.decimal-comma': 'écrivez la décimale avec un point : {value}',
  'error.hint.use-estimate': 'pour une seule collectivité, utilisez la commande estimate',
  'error.expected.no-file-validate':
    'aucun fichier : validate utilise le fichier fourni data/validation.json',
  'error.expected.map-year': '2025, la carte des 34 provinces du 1er juillet 2025',
  'error.expected.two-files': 'deux fichiers d’entrée ou plus',
  'error.expected.no-file': 'aucun fichier en argument',
  'error.expected.current-province': 'une des 34 provinces ou villes depuis le 1er juillet 2025',
  'error.received.merged-province': '{name}, réunie à {into} le 1er juillet 2025',
  'error.expected.rows-of': 'des lignes des anciennes provinces qui forment {province} ({parts})',
  'error.expected.one-year': 'une seule année',
  'error.received.years': 'des lignes de plusieurs années ({years})',
  'error.hint.give-year': 'indiquez l’année avec --year',
  'error.hint.into-new': 'réunissez-la dans {into}, la province qu’elle a rejointe',
  'error.received.no-part-rows': 'un tableau sans aucune de leurs lignes (pour cette année)',
  'error.expected.target-high': 'un haut de fourchette au moins égal au bas {low}',
  'error.hint.target-order':
    'une cible en fourchette s’écrit { "low": 0.35, "high": 0.4 }, le bas d’abord',
  'error.expected.xlsx': 'un classeur Excel (.xlsx)',
  'error.received.not-xlsx': 'un fichier illisible comme tel ({reason})',
  'error.hint.save-as-xlsx':
    'enregistrez-le depuis Excel en « Classeur Excel (*.xlsx) », ou en CSV UTF-8',
  'error.expected.xlsx-out': 'un fichier où écrire le classeur',
  'error.hint.xlsx-out': 'un classeur .xlsx n’est pas du texte : ajoutez --out results.xlsx',
  'error.expected.one-row': 'une seule ligne (une collectivité-année)',
  'error.received.rows': '{count, plural, one {# ligne} other {# lignes}}',
  'error.expected.former-province':
    'une province ou une ville de data/localities.json (les 63 d’avant le 1er juillet 2025, ou les 34 depuis)',
  'error.received.unknown-province': '« {name} », qui n’en est aucune',
  'error.hint.province-name':
    'écrivez son nom comme dans la liste (par exemple « Quảng Nam » ou « Bà Rịa – Vũng Tàu »)',
  'error.expected.one-row-per-part': 'une ligne par ancienne province, année, série et unité',
  'error.received.repeated-part': '{name} aux lignes {rows}',
  'error.expected.every-part': 'toutes les anciennes provinces qui forment {province} ({parts})',
  'error.received.missing-parts': 'un tableau sans {missing}',
  'error.hint.add-parts':
    'ajoutez les lignes manquantes de même année, série et unité, ou retirez la carte pour estimer les anciennes provinces telles quelles',
  'error.expected.no-argument': 'aucun argument',

  'punctuation.label': '{label} : {text}',
  'punctuation.list': ' ; ',
};
